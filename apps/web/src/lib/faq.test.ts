import type { FaqEntryOutput } from '@tongdai/contracts';
import { describe, expect, it } from 'vitest';
import { groupByTopic } from './faq.js';

const entry = (id: string, topicCode: string | null): FaqEntryOutput => ({
  id,
  question: `Q${id}`,
  answer: `A${id}`,
  topicCode,
  topicName: topicCode ? `Topic ${topicCode}` : null,
});

describe('groupByTopic', () => {
  it('groups by topic in first-seen order, untopical entries together', () => {
    const groups = groupByTopic([entry('1', 'T02'), entry('2', null), entry('3', 'T01'), entry('4', 'T02')]);
    expect(groups.map((g) => [g.topicName, g.entries.map((e) => e.id)])).toEqual([
      ['Topic T02', ['1', '4']],
      [null, ['2']],
      ['Topic T01', ['3']],
    ]);
  });

  it('returns no group for no entries', () => {
    expect(groupByTopic([])).toEqual([]);
  });
});

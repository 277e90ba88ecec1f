import type { FaqEntryOutput } from '@tongdai/contracts';
import { describe, expect, it } from 'vitest';
import { faqAdminHref, faqHref, groupByTopic } from './faq.js';

const entry = (id: string, topicCode: string | null): FaqEntryOutput => ({
  id,
  question: `Q${id}`,
  answer: `A${id}`,
  answerHtml: `<p>A${id}</p>`,
  topicCode,
  topicName: topicCode ? `Topic ${topicCode}` : null,
  sourceAgencyName: null,
  validUntil: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
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

describe('faqHref / faqAdminHref', () => {
  it('keeps the query, topic and page, encoded, and drops what is empty', () => {
    expect(faqHref({ q: 'xét nghiệm & test', topic: 'T03', page: 2 })).toBe(
      '/hoi-dap?q=x%C3%A9t+nghi%E1%BB%87m+%26+test&topic=T03&trang=2',
    );
    expect(faqHref({ q: '', topic: null, page: 1 })).toBe('/hoi-dap');
  });

  it('moves the management list to another page with its filters', () => {
    expect(faqAdminHref({ state: 'draft', q: 'f0', page: '3' }, 2)).toBe(
      '/quan-tri/hoi-dap?state=draft&q=f0&page=2',
    );
    expect(faqAdminHref({}, 1)).toBe('/quan-tri/hoi-dap');
  });
});

import { describe, expect, it } from 'vitest';
import {
  expandSynonyms,
  inverseDocumentFrequency,
  parseFaqQuery,
  synonymGroup,
  tokensToLookUp,
  topicsMentioned,
  weighConcepts,
  type TermStats,
} from './query-plan.js';

const groups = [synonymGroup(['F0', 'người nhiễm', 'ca dương tính']), synonymGroup(['test', 'xét nghiệm'])];

describe('parseFaqQuery', () => {
  it('folds the query and treats the last word as a prefix only while typing', () => {
    expect(parseFaqQuery('Xét nghiệm tự ngu', { prefixLast: true })).toEqual({
      tokens: ['xet', 'nghiem', 'tu', 'ngu'],
      prefixLast: true,
      folded: 'xet nghiem tu ngu',
    });
    expect(parseFaqQuery('xét nghiệm ', { prefixLast: true }).prefixLast).toBe(false);
    expect(parseFaqQuery('xét ng', { prefixLast: true }).prefixLast).toBe(false);
    expect(parseFaqQuery('xét nghiệm').prefixLast).toBe(false);
  });

  it('keeps at most ten words', () => {
    expect(parseFaqQuery('a b c d e f g h i j k l').tokens).toHaveLength(10);
  });
});

describe('expandSynonyms', () => {
  it('replaces the longest phrase of a group with all of its phrases', () => {
    const concepts = expandSynonyms(parseFaqQuery('người nhiễm điều trị tại nhà'), groups);
    expect(concepts[0]).toEqual({
      origin: 'synonym',
      alternatives: [
        { tokens: ['f0'], prefix: false },
        { tokens: ['nguoi', 'nhiem'], prefix: false },
        { tokens: ['ca', 'duong', 'tinh'], prefix: false },
      ],
    });
    expect(concepts.slice(1).map((c) => c.alternatives[0]!.tokens[0])).toEqual(['dieu', 'tri', 'tai', 'nha']);
  });

  it('expands a single word ("test" ~ "xét nghiệm") and drops repeated words', () => {
    const concepts = expandSynonyms(parseFaqQuery('test nhanh test'), groups);
    expect(concepts).toHaveLength(2);
    expect(concepts[0]!.alternatives.map((a) => a.tokens.join(' '))).toEqual(['test', 'xet nghiem']);
  });

  it('lists every token to look up, prefixes marked', () => {
    const concepts = expandSynonyms(parseFaqQuery('f0 ho tro', { prefixLast: true }), groups);
    expect(tokensToLookUp(concepts)).toEqual([
      { token: 'f0', prefix: false },
      { token: 'nguoi', prefix: false },
      { token: 'nhiem', prefix: false },
      { token: 'ca', prefix: false },
      { token: 'duong', prefix: false },
      { token: 'tinh', prefix: false },
      { token: 'ho', prefix: false },
      { token: 'tro', prefix: true },
    ]);
  });
});

describe('weighConcepts', () => {
  const stats: TermStats = {
    total: 1000,
    df: new Map([
      ['xet', 100],
      ['nghiem', 120],
      ['thi', 900],
      ['tu', 300],
      ['nguyen', 30],
    ]),
    similar: new Map([['ngiem', ['nghiem']]]),
  };

  it('adds the closest vocabulary terms to an unknown word (typo) and drops unmatchable words', () => {
    const weighed = weighConcepts(expandSynonyms(parseFaqQuery('xet ngiem zzzz'), []), stats);
    expect(weighed).toHaveLength(2);
    expect(weighed[1]).toMatchObject({
      corrections: ['nghiem'],
      df: 120,
      alternatives: [
        { tokens: ['ngiem'], prefix: false },
        { tokens: ['nghiem'], prefix: false },
      ],
    });
  });

  it('weighs rare words above common ones; a phrase is as rare as its rarest word', () => {
    const weighed = weighConcepts(
      expandSynonyms(parseFaqQuery('thi xet nghiem'), [synonymGroup(['xét nghiệm', 'tự nguyện'])]),
      stats,
    );
    expect(weighed[0]!.idf).toBeCloseTo(inverseDocumentFrequency(1000, 900));
    expect(weighed[1]!.df).toBe(100 + 30);
    expect(weighed[1]!.idf).toBeGreaterThan(weighed[0]!.idf * 5);
  });
});

describe('topicsMentioned', () => {
  it('gives topics whose name says part of the query that part of its weight', () => {
    const concepts = weighConcepts(
      expandSynonyms(parseFaqQuery('xét nghiệm chính sách'), [synonymGroup(['xét nghiệm'])]),
      {
        total: 100,
        df: new Map([
          ['xet', 10],
          ['nghiem', 10],
          ['chinh', 10],
          ['sach', 10],
        ]),
        similar: new Map(),
      },
    );
    const topics = [
      { id: 't3', name: 'Tư vấn, hỗ trợ y tế (cấp cứu, sức khỏe, chữa bệnh, xét nghiệm)' },
      { id: 't4', name: 'Chính sách an sinh xã hội' },
    ];
    const weights = topicsMentioned(topics, concepts);
    expect(weights.map((w) => w.id)).toEqual(['t3', 't4']);
    expect(weights[0]!.weight).toBeCloseTo(1 / 3);
    expect(weights[1]!.weight).toBeCloseTo(2 / 3);
    expect(topicsMentioned(topics, [])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { expandSynonyms, parseFaqQuery, synonymGroup, weighConcepts, type TermStats } from './query-plan.js';
import { buildSearchPlan, conceptQuery, quorumSize } from './tsquery.js';

const stats = (df: Record<string, number>, total = 1000): TermStats => ({
  total,
  df: new Map(Object.entries(df)),
  similar: new Map(),
});

describe('conceptQuery', () => {
  it('writes alternatives as OR, phrases with <->, prefixes with :* and field weights', () => {
    const concept = {
      alternatives: [
        { tokens: ['f0'], prefix: false },
        { tokens: ['nguoi', 'nhiem'], prefix: false },
      ],
    };
    expect(conceptQuery(concept)).toBe('(f0 | (nguoi <-> nhiem))');
    expect(conceptQuery(concept, 'A')).toBe('(f0:A | (nguoi:A <-> nhiem:A))');
    expect(conceptQuery({ alternatives: [{ tokens: ['ngh'], prefix: true }] }, 'AB')).toBe('ngh:*AB');
  });
});

describe('quorumSize', () => {
  it('needs all of one or two concepts, then about two thirds', () => {
    expect([1, 2, 3, 4, 5, 6].map(quorumSize)).toEqual([1, 2, 2, 3, 4, 4]);
  });
});

describe('buildSearchPlan', () => {
  it('returns null when nothing in the query can match', () => {
    expect(buildSearchPlan([], 10)).toBeNull();
  });

  it('builds the strict quorum from the rarest concepts and the broad query from informative ones', () => {
    const concepts = weighConcepts(
      expandSynonyms(parseFaqQuery('thì xét nghiệm tự nguyện'), []),
      stats({ thi: 800, xet: 100, nghiem: 110, tu: 400, nguyen: 40 }),
    );
    const plan = buildSearchPlan(concepts, 1000)!;
    // Common words ("thì", "tự") never choose candidates; 2 of the 3 others must be there.
    expect(plan.strict).toBe('(nguyen & xet) | (nguyen & nghiem) | (xet & nghiem)');
    expect(plan.all).toBe('(thi & xet & nghiem & tu & nguyen)');
    expect(plan.anchorDf).toBe(40);
    // Stage 2 keeps the rarest ("nguyện") in every combination.
    expect(plan.anchored).toBe('(nguyen & xet) | (nguyen & nghiem)');
    expect(plan.broad).toBe('xet | nghiem | nguyen');
    expect(plan.any).toBe('thi | xet | nghiem | tu | nguyen');
    expect(plan.pairs[1]).toEqual({ query: 'xet <-> nghiem', weight: concepts[1]!.idf + concepts[2]!.idf });
    expect(plan.concepts[1]).toMatchObject({ question: 'xet:A', keywords: 'xet:AB', any: 'xet' });
    const phrases = plan.highlight.phrases.map((p) => p.tokens.join(' '));
    // Common words only inside phrases of adjacent query words.
    expect(phrases).toEqual(['xet', 'nghiem', 'nguyen', 'thi xet', 'xet nghiem', 'nghiem tu', 'tu nguyen']);
  });

  it('falls back to the rarest concept when every word is common', () => {
    const concepts = weighConcepts(expandSynonyms(parseFaqQuery('thì là'), []), stats({ thi: 800, la: 700 }));
    expect(buildSearchPlan(concepts, 1000)!.broad).toBe('la');
  });

  it('carries synonyms into every query', () => {
    const concepts = weighConcepts(
      expandSynonyms(parseFaqQuery('test nhanh'), [synonymGroup(['test', 'xét nghiệm'])]),
      stats({ test: 20, xet: 100, nghiem: 100, nhanh: 50 }),
    );
    const plan = buildSearchPlan(concepts, 1000)!;
    expect(plan.strict).toBe('(nhanh & (test | (xet <-> nghiem)))');
    expect(plan.anchored).toBe(plan.strict);
    expect(plan.highlight.phrases.map((p) => p.tokens.join(' '))).toEqual([
      'test',
      'xet nghiem',
      'nhanh',
      'test nhanh',
      'xet nghiem nhanh',
    ]);
  });
});

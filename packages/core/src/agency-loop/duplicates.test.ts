import { describe, expect, it } from 'vitest';
import { phoneWindow, rankDuplicates } from './duplicates.js';

const t = (h: number) => new Date(Date.UTC(2026, 4, 4, h));

describe('rankDuplicates', () => {
  it('merges reasons per case and ranks both-reason cases first', () => {
    const ranked = rankDuplicates([
      { id: 'b', receivedAt: t(3), reason: 'similar_text', similarity: 0.9 },
      { id: 'a', receivedAt: t(1), reason: 'same_phone' },
      { id: 'c', receivedAt: t(2), reason: 'same_phone' },
      { id: 'c', receivedAt: t(2), reason: 'similar_text', similarity: 0.6 },
    ]);
    expect(ranked.map((s) => [s.id, s.reasons, s.similarity])).toEqual([
      ['c', ['same_phone', 'similar_text'], 0.6],
      ['b', ['similar_text'], 0.9],
      ['a', ['same_phone'], null],
    ]);
  });

  it('drops texts below the threshold and keeps the limit', () => {
    expect(rankDuplicates([{ id: 'x', receivedAt: t(1), reason: 'similar_text', similarity: 0.2 }])).toEqual(
      [],
    );
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      receivedAt: t(i),
      reason: 'same_phone' as const,
    }));
    expect(rankDuplicates(many, 5).map((s) => s.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });
});

describe('phoneWindow', () => {
  it('spans 72 hours either side', () => {
    expect(phoneWindow(t(0))).toEqual({ from: new Date(t(0).getTime() - 72 * 3_600_000), to: t(72) });
  });
});

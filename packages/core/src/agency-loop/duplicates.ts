/** Same caller: another case from the same number received within this many hours either side. */
export const DUPLICATE_PHONE_WINDOW_HOURS = 72;
/** pg_trgm similarity (0–1) of the folded texts from which two requests count as the same question. */
export const DUPLICATE_MIN_SIMILARITY = 0.5;
/** Similar texts are looked for among the topic's cases of this many days around the case. */
export const DUPLICATE_TEXT_WINDOW_DAYS = 30;

export type DuplicateReason = 'same_phone' | 'similar_text';

export interface DuplicateHit {
  id: string;
  receivedAt: Date;
  reason: DuplicateReason;
  /** For similar texts: the similarity found. */
  similarity?: number;
}

export interface DuplicateSuggestion {
  id: string;
  reasons: DuplicateReason[];
  similarity: number | null;
  receivedAt: Date;
}

/** The window around a case in which calls from its number are suggested as duplicates. */
export function phoneWindow(receivedAt: Date): { from: Date; to: Date } {
  const span = DUPLICATE_PHONE_WINDOW_HOURS * 3_600_000;
  return { from: new Date(receivedAt.getTime() - span), to: new Date(receivedAt.getTime() + span) };
}

/**
 * One suggestion per case: both reasons first, then the most similar text, then the earliest case
 * (the likely original). Hits below the similarity threshold are not suggestions.
 */
export function rankDuplicates(hits: readonly DuplicateHit[], limit = 10): DuplicateSuggestion[] {
  const byId = new Map<string, DuplicateSuggestion>();
  for (const hit of hits) {
    if (hit.reason === 'similar_text' && !((hit.similarity ?? 0) >= DUPLICATE_MIN_SIMILARITY)) continue;
    const found = byId.get(hit.id) ?? {
      id: hit.id,
      reasons: [],
      similarity: null,
      receivedAt: hit.receivedAt,
    };
    if (!found.reasons.includes(hit.reason)) found.reasons.push(hit.reason);
    if (hit.similarity !== undefined) found.similarity = Math.max(found.similarity ?? 0, hit.similarity);
    byId.set(hit.id, found);
  }
  return [...byId.values()]
    .map((s) => ({ ...s, reasons: [...s.reasons].sort() }))
    .sort(
      (a, b) =>
        b.reasons.length - a.reasons.length ||
        (b.similarity ?? 0) - (a.similarity ?? 0) ||
        a.receivedAt.getTime() - b.receivedAt.getTime(),
    )
    .slice(0, limit);
}

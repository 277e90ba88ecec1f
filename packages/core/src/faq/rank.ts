/**
 * How search results are ordered. Every signal is in [0, 1]; the score is their weighted sum:
 *
 *   score = 0.45·match + 0.20·phrase + 0.15·trigram + 0.10·rank + 0.05·topic + 0.05·usage
 *
 * - match: Σ idfᵢ·fieldᵢ / Σ idfᵢ over the query's concepts, where fieldᵢ is 1 when concept i is in the
 *   question, 0.7 in the keywords, 0.4 only in the answer, 0 when absent (idf: BM25's, from the
 *   province's vocabulary, so "xét nghiệm" outweighs "thì").
 * - phrase: the same for adjacent query concepts found next to each other ("xét" followed by "nghiệm").
 * - trigram: pg_trgm word_similarity(folded query, folded question + keywords): catches typos and
 *   word splits the vocabulary did not correct.
 * - rank: ts_rank_cd over all concepts with weights {D 0.1, C 0.4, B 0.7, A 1.0}, as r/(r+1).
 * - topic: 1 when the entry's topic is the one asked for (the operator's case); else the share of the
 *   query's idf that the topic's name says ("xét nghiệm" is in T03's name); 0 otherwise.
 * - usage: u/(u+10) for u = times operators used the entry.
 *
 * Candidates come from the GIN index on the search vector, in the first stage that finds any: every
 * word of the query, the rarest selective word with a quorum of the others, a quorum of the selective words, any informative
 * word (see tsquery.ts). Match, phrase, topic and usage score every candidate; rank and trigram, which
 * cost tens of µs a row, only the best of those (twice the page size, at least 20).
 */
export const FAQ_RANK_WEIGHTS = {
  match: 0.45,
  phrase: 0.2,
  trigram: 0.15,
  rank: 0.1,
  topic: 0.05,
  usage: 0.05,
} as const;

export const FAQ_FIELD_WEIGHTS = { question: 1, keywords: 0.7, answer: 0.4 } as const;
/** ts_rank_cd weights, in its order {D, C, B, A}. */
export const FAQ_TS_RANK_WEIGHTS = [0.1, 0.4, 0.7, 1.0] as const;
/** Uses at which the usage signal reaches one half. */
export const FAQ_USAGE_HALF = 10;
/** Typo corrections: vocabulary terms at least this similar (pg_trgm similarity) to an unknown word. */
export const FAQ_CORRECTION_SIMILARITY = 0.4;

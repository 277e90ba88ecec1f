import type { HighlightTerms } from './highlight.js';
import type { QueryAlternative, WeightedConcept } from './query-plan.js';

/**
 * Turns weighed concepts into Postgres tsquery text. Tokens are folded [a-z0-9] only (see
 * `searchTokens`), so they need no quoting; weights restrict a match to a field of the entry:
 * A = question, B = keywords, C = answer (see `f_faq_document` in the migrations).
 */
type Weights = '' | 'A' | 'AB';

function alternativeQuery(alt: QueryAlternative, weights: Weights): string {
  const parts = alt.tokens.map((t, i) => {
    const prefix = alt.prefix && i === alt.tokens.length - 1;
    return prefix || weights ? `${t}:${prefix ? '*' : ''}${weights}` : t;
  });
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

export function conceptQuery(concept: Pick<WeightedConcept, 'alternatives'>, weights: Weights = ''): string {
  const alts = concept.alternatives.map((a) => alternativeQuery(a, weights));
  return alts.length === 1 ? alts[0]! : `(${alts.join(' | ')})`;
}

/** Up to this many concepts (the rarest) decide which entries are candidates. */
export const MAX_QUORUM_CONCEPTS = 6;
/** Words in more than this share of entries never take part in choosing candidates. */
export const QUORUM_MAX_DF_RATIO = 0.3;
/** A word in more than this share of entries never makes an entry a candidate on its own. */
export const BROAD_MAX_DF_RATIO = 0.2;
/** Words in more than this share of entries are not highlighted. */
export const HIGHLIGHT_MAX_DF_RATIO = 0.35;

/**
 * What to mark: every phrase alternative (precise), single words unless common, and adjacent query
 * words as phrases ("tự nguyện" even though "tự" alone is everywhere).
 */
function highlightPhrases(concepts: readonly WeightedConcept[], total: number): HighlightTerms {
  const phrases = new Map<string, { tokens: string[]; prefix: boolean }>();
  const add = (alt: QueryAlternative) => phrases.set(`${alt.tokens.join(' ')}${alt.prefix ? '*' : ''}`, alt);
  const allCommon = concepts.every((c) => c.df > total * HIGHLIGHT_MAX_DF_RATIO);
  for (const c of concepts)
    for (const alt of c.alternatives)
      if (alt.tokens.length > 1 || allCommon || c.df <= total * HIGHLIGHT_MAX_DF_RATIO) add(alt);
  concepts.slice(1).forEach((c, i) => {
    for (const a of concepts[i]!.alternatives.slice(0, 4))
      for (const b of c.alternatives.slice(0, 4))
        add({ tokens: [...a.tokens, ...b.tokens], prefix: b.prefix });
  });
  return { phrases: [...phrases.values()] };
}

/** How many of k concepts a candidate must contain: all of one or two, then about two thirds. */
export function quorumSize(k: number): number {
  return k <= 2 ? k : k - Math.floor(k / 3);
}

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items;
  return [...combinations(rest, size - 1).map((c) => [head as T, ...c]), ...combinations(rest, size)];
}

export interface FaqSearchPlan {
  /** Per concept, in query order: any field, question only, question or keywords, and its weight. */
  concepts: { any: string; question: string; keywords: string; idf: number }[];
  /** Adjacent concepts as phrases ("xét" then "nghiệm"), with the weight of the pair. */
  pairs: { query: string; weight: number }[];
  /** Entries holding the rarest selective concept: how wide stage 2 may be. */
  anchorDf: number;
  /** Stage 1 candidates: entries containing every concept. */
  all: string;
  /** Stage 2 candidates: the rarest selective concept and a quorum of the others. */
  anchored: string;
  /** Stage 3 candidates: a quorum of the selective concepts (the rarest if none is). */
  strict: string;
  /** Stage 4 candidates: entries containing any informative concept. */
  broad: string;
  /** Every concept, for ts_rank_cd. */
  any: string;
  /** What to mark in questions and snippets. */
  highlight: HighlightTerms;
}

export function buildSearchPlan(concepts: readonly WeightedConcept[], total: number): FaqSearchPlan | null {
  if (concepts.length === 0) return null;
  const byRarity = [...concepts].sort((a, b) => a.df - b.df);
  const selective = byRarity.filter((c) => c.df <= total * QUORUM_MAX_DF_RATIO);
  const rarest = (selective.length > 0 ? selective : byRarity.slice(0, 1)).slice(0, MAX_QUORUM_CONCEPTS);
  const and = (combo: readonly WeightedConcept[]) =>
    combo.length === 1 ? conceptQuery(combo[0]!) : `(${combo.map((c) => conceptQuery(c)).join(' & ')})`;
  const size = quorumSize(rarest.length);
  const quorum = combinations(rarest, size).map(and);
  const [anchor, ...rest] = rarest;
  const anchored = combinations(rest, size - 1).map((combo) => and([anchor!, ...combo]));
  const informative = concepts.filter((c) => c.df <= total * BROAD_MAX_DF_RATIO);
  const broad = informative.length > 0 ? informative : rarest.slice(0, 1);
  const highlight = highlightPhrases(concepts, total);
  return {
    concepts: concepts.map((c) => ({
      any: conceptQuery(c),
      question: conceptQuery(c, 'A'),
      keywords: conceptQuery(c, 'AB'),
      idf: c.idf,
    })),
    pairs: concepts.slice(1).map((c, i) => ({
      query: `${conceptQuery(concepts[i]!)} <-> ${conceptQuery(c)}`,
      weight: concepts[i]!.idf + c.idf,
    })),
    anchorDf: anchor!.df,
    all: and(concepts),
    anchored: anchored.join(' | '),
    strict: quorum.join(' | '),
    broad: broad.map((c) => conceptQuery(c)).join(' | '),
    any: concepts.map((c) => conceptQuery(c)).join(' | '),
    highlight,
  };
}

import { searchTokens } from './fold.js';

/** One way to say a concept: a phrase of folded tokens; `prefix` makes its last token a prefix. */
export interface QueryAlternative {
  tokens: string[];
  prefix: boolean;
}

/** A word of the query, or a phrase of it that a synonym group covers, with every way to say it. */
export interface QueryConcept {
  alternatives: QueryAlternative[];
  origin: 'query' | 'synonym';
}

export interface ParsedFaqQuery {
  tokens: string[];
  /** The last token is still being typed (staff suggestions): match it as a prefix. */
  prefixLast: boolean;
  folded: string;
}

export const MAX_QUERY_TOKENS = 10;
const MAX_TOKEN_LENGTH = 40;
/** Shorter prefixes match too much to be useful while typing. */
const MIN_PREFIX_LENGTH = 3;

export function parseFaqQuery(raw: string, options: { prefixLast?: boolean } = {}): ParsedFaqQuery {
  const tokens = searchTokens(raw)
    .slice(0, MAX_QUERY_TOKENS)
    .map((t) => t.slice(0, MAX_TOKEN_LENGTH));
  const last = tokens.at(-1) ?? '';
  const prefixLast = options.prefixLast === true && !/\s$/.test(raw) && last.length >= MIN_PREFIX_LENGTH;
  return { tokens, prefixLast, folded: tokens.join(' ') };
}

/** A synonym group as folded phrases: "F0" ~ "người nhiễm" → [['f0'], ['nguoi', 'nhiem']]. */
export type SynonymGroup = string[][];

export function synonymGroup(phrases: readonly string[]): SynonymGroup {
  const seen = new Set<string>();
  const group: SynonymGroup = [];
  for (const phrase of phrases) {
    const tokens = searchTokens(phrase).slice(0, MAX_QUERY_TOKENS);
    const key = tokens.join(' ');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    group.push(tokens);
  }
  return group;
}

const startsAt = (tokens: readonly string[], at: number, phrase: readonly string[]) =>
  phrase.every((t, i) => tokens[at + i] === t);

/**
 * Splits the query into concepts, left to right: where a phrase of a synonym group starts (the
 * longest wins), that span becomes one concept with all the group's phrases; other tokens stand alone.
 */
export function expandSynonyms(query: ParsedFaqQuery, groups: readonly SynonymGroup[]): QueryConcept[] {
  const { tokens } = query;
  const concepts: QueryConcept[] = [];
  const seen = new Set<string>();
  const add = (concept: QueryConcept) => {
    const key = concept.alternatives.map((a) => `${a.tokens.join(' ')}${a.prefix ? '*' : ''}`).join('|');
    if (!seen.has(key)) concepts.push(concept);
    seen.add(key);
  };
  let at = 0;
  while (at < tokens.length) {
    let best: { group: SynonymGroup; length: number } | undefined;
    for (const group of groups) {
      for (const phrase of group) {
        if (phrase.length > (best?.length ?? 0) && startsAt(tokens, at, phrase))
          best = { group, length: phrase.length };
      }
    }
    if (best) {
      add({ origin: 'synonym', alternatives: best.group.map((p) => ({ tokens: p, prefix: false })) });
      at += best.length;
    } else {
      const prefix = query.prefixLast && at === tokens.length - 1;
      add({ origin: 'query', alternatives: [{ tokens: [tokens[at]!], prefix }] });
      at += 1;
    }
  }
  return concepts;
}

/** Every token whose document frequency the plan needs, and which ones are prefixes. */
export function tokensToLookUp(concepts: readonly QueryConcept[]): { token: string; prefix: boolean }[] {
  const out = new Map<string, boolean>();
  for (const c of concepts)
    for (const alt of c.alternatives)
      alt.tokens.forEach((t, i) => {
        const prefix = alt.prefix && i === alt.tokens.length - 1;
        out.set(`${t}${prefix ? '*' : ''}`, prefix);
      });
  return [...out].map(([key, prefix]) => ({ token: prefix ? key.slice(0, -1) : key, prefix }));
}

/** What the province's vocabulary says about the query's tokens. */
export interface TermStats {
  /** Entries in the province (all states): N of the inverse document frequency. */
  total: number;
  /** Entries containing the token; for prefixes, the most frequent term it starts. */
  df: ReadonlyMap<string, number>;
  /** For tokens the vocabulary lacks: its closest terms by trigram similarity, best first. */
  similar: ReadonlyMap<string, readonly string[]>;
}

export interface WeightedConcept extends QueryConcept {
  df: number;
  idf: number;
  /** Terms added for a token the vocabulary lacks (typo tolerance). */
  corrections: string[];
}

const dfKey = (token: string, prefix: boolean) => `${token}${prefix ? '*' : ''}`;

/** BM25's inverse document frequency: rare words weigh more, words in every entry almost nothing. */
export function inverseDocumentFrequency(total: number, df: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/**
 * Adds typo corrections for unknown query words and weighs each concept by how rare it is. A phrase
 * is at most as frequent as its rarest word; a concept is at most the sum of its alternatives.
 * Concepts no entry can match are dropped.
 */
export function weighConcepts(concepts: readonly QueryConcept[], stats: TermStats): WeightedConcept[] {
  const dfOf = (alt: QueryAlternative) =>
    Math.min(
      ...alt.tokens.map((t, i) => stats.df.get(dfKey(t, alt.prefix && i === alt.tokens.length - 1)) ?? 0),
    );
  const out: WeightedConcept[] = [];
  for (const concept of concepts) {
    let alternatives = concept.alternatives;
    let corrections: string[] = [];
    const single = concept.origin === 'query' ? alternatives[0] : undefined;
    if (single && dfOf(single) === 0) {
      corrections = [...(stats.similar.get(single.tokens[0]!) ?? [])];
      alternatives = [...alternatives, ...corrections.map((t) => ({ tokens: [t], prefix: false }))];
    }
    const df = Math.min(
      stats.total,
      alternatives.reduce((sum, alt) => sum + dfOf(alt), 0),
    );
    if (df === 0) continue;
    out.push({ ...concept, alternatives, corrections, df, idf: inverseDocumentFrequency(stats.total, df) });
  }
  return out;
}

/**
 * How much of the query each topic's name says, by word weight: "xét nghiệm" is in the name of topic
 * T03 "Tư vấn, hỗ trợ y tế (…, xét nghiệm)", so T03 gets that concept's share of the query's idf.
 */
export function topicsMentioned(
  topics: readonly { id: string; name: string }[],
  concepts: readonly WeightedConcept[],
): { id: string; weight: number }[] {
  const total = concepts.reduce((s, c) => s + c.idf, 0);
  if (total === 0) return [];
  return topics.flatMap((topic) => {
    const words = searchTokens(topic.name);
    const said = concepts.filter((c) =>
      c.alternatives.some((alt) => words.some((_, at) => alt.tokens.every((t, i) => words[at + i] === t))),
    );
    const weight = said.reduce((s, c) => s + c.idf, 0) / total;
    return weight > 0 ? [{ id: topic.id, weight }] : [];
  });
}

/** TermStats from the vocabulary lookup: corrections' own frequencies join the tokens'. */
export function termStatsFrom(
  total: number,
  terms: readonly {
    token: string;
    prefix: boolean;
    df: number;
    similar: readonly { term: string; df: number }[];
  }[],
): TermStats {
  const df = new Map<string, number>();
  const similar = new Map<string, string[]>();
  for (const t of terms) {
    df.set(dfKey(t.token, t.prefix), t.df);
    if (t.similar.length > 0)
      similar.set(
        t.token,
        t.similar.map((s) => s.term),
      );
    for (const s of t.similar) df.set(s.term, s.df);
  }
  return { total, df, similar };
}

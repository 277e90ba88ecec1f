import { tokenizeText, type TextToken } from './fold.js';

/**
 * Highlighting as data, never HTML: the UI renders `hit` parts inside <mark> with its normal escaping,
 * so nothing in an entry or a query can inject markup.
 */
export interface TextPart {
  text: string;
  hit: boolean;
}

/** Phrases to mark (folded tokens; `prefix`: the last token may be the start of a word). */
export interface HighlightTerms {
  phrases: readonly { tokens: readonly string[]; prefix: boolean }[];
}

/** For each token of the text: is it part of an occurrence of one of the phrases? */
function hitsOf(tokens: readonly TextToken[], terms: HighlightTerms): boolean[] {
  const hits = tokens.map(() => false);
  tokens.forEach((_, at) => {
    for (const { tokens: phrase, prefix } of terms.phrases) {
      const matches = phrase.every((t, i) => {
        const word = tokens[at + i]?.folded;
        return word !== undefined && (prefix && i === phrase.length - 1 ? word.startsWith(t) : word === t);
      });
      if (matches) phrase.forEach((_, i) => (hits[at + i] = true));
    }
  });
  return hits;
}

/** `text[from, to)` split into parts; hits next to each other (only spaces between) become one part. */
function partsOf(
  text: string,
  tokens: readonly TextToken[],
  hits: readonly boolean[],
  from: number,
  to: number,
) {
  const parts: TextPart[] = [];
  let at = from;
  for (const [i, token] of tokens.entries()) {
    if (token.start < from || token.end > to || !hits[i]) continue;
    const last = parts.at(-1);
    const gap = text.slice(at, token.start);
    if (last?.hit && /^\s*$/.test(gap)) last.text += gap + text.slice(token.start, token.end);
    else {
      if (gap) parts.push({ text: gap, hit: false });
      parts.push({ text: text.slice(token.start, token.end), hit: true });
    }
    at = token.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  return parts;
}

export function highlightText(text: string, terms: HighlightTerms): TextPart[] {
  const tokens = tokenizeText(text);
  return partsOf(text, tokens, hitsOf(tokens, terms), 0, text.length);
}

/** Context kept before the first hit of a snippet. */
const LEAD = 40;

/**
 * The passage of about `maxLength` characters with the most distinct query words (then the most
 * hits), cut at word boundaries, with "…" where text was left out.
 */
export function snippetOf(text: string, terms: HighlightTerms, maxLength = 220): TextPart[] {
  const tokens = tokenizeText(text);
  const hits = hitsOf(tokens, terms);
  if (text.length <= maxLength) return partsOf(text, tokens, hits, 0, text.length);
  if (tokens.length === 0) return [{ text: `${text.slice(0, maxLength)} …`, hit: false }];
  const window = (first: number) => {
    const lead = tokens.findIndex((t) => t.start >= tokens[first]!.start - LEAD);
    const begin = lead <= 0 ? 0 : tokens[lead]!.start;
    const inside = tokens.filter((t) => t.start >= begin && t.end <= begin + maxLength);
    const end = inside.at(-1)?.end ?? Math.min(text.length, begin + maxLength);
    const marked = tokens.filter((t, i) => hits[i] && t.start >= begin && t.end <= end);
    return { begin, end, score: new Set(marked.map((h) => h.folded)).size * 1000 + marked.length };
  };
  let best = window(0);
  tokens.forEach((_, i) => {
    if (!hits[i]) return;
    const w = window(i);
    if (w.score > best.score) best = w;
  });
  const parts = partsOf(text, tokens, hits, best.begin, best.end);
  if (best.begin > 0) parts.unshift({ text: '… ', hit: false });
  if (best.end < text.length) parts.push({ text: ' …', hit: false });
  return parts;
}

/**
 * Vietnamese folding for search, the same mapping Postgres's `f_unaccent` + `to_tsvector('simple')`
 * apply to stored text: diacritics off, đ → d, lower case. "Xét nghiệm" and "xet nghiem" fold alike.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export interface TextToken {
  /** Folded form, as the search index holds it. */
  folded: string;
  /** Offsets of the token in the original (NFC) text. */
  start: number;
  end: number;
}

// Letters (any script, with their combining marks) and digits make up a token; anything else separates.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The words of `text` with their positions, for highlighting the original wording. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldVietnamese(match[0]).replace(/[^a-z0-9]/g, '');
    if (folded !== '') tokens.push({ folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Folded search tokens of a query: only [a-z0-9], so they are safe inside a tsquery. */
export function searchTokens(text: string): string[] {
  return tokenizeText(text.normalize('NFC')).map((t) => t.folded);
}

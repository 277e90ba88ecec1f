import { searchTokens } from './fold.js';

export const SYNONYM_LIMITS = { phrase: 60, equivalents: 10 } as const;

export interface SynonymProblem {
  field: 'term' | 'equivalents';
  message: string;
}

/**
 * Checks a synonym line ("F0" ~ "người nhiễm", "ca dương tính") as a person typed it: every phrase
 * must contain a searchable word, and no phrase may repeat another (ignoring accents and case).
 */
export function checkSynonym(term: string, equivalents: readonly string[]): SynonymProblem[] {
  const problems: SynonymProblem[] = [];
  const key = (phrase: string) => searchTokens(phrase).join(' ');
  if (key(term) === '') problems.push({ field: 'term', message: 'Từ cần có ít nhất một chữ hoặc số.' });
  if (equivalents.length === 0)
    problems.push({ field: 'equivalents', message: 'Cần ít nhất một từ đồng nghĩa.' });
  const seen = new Set([key(term)]);
  for (const phrase of equivalents) {
    const k = key(phrase);
    if (k === '') problems.push({ field: 'equivalents', message: `"${phrase}" không có chữ hoặc số nào.` });
    else if (seen.has(k)) problems.push({ field: 'equivalents', message: `"${phrase}" bị lặp lại.` });
    seen.add(k);
  }
  return problems;
}

/** "người nhiễm; ca dương tính" → the phrases, trimmed, blanks dropped. */
export function splitEquivalents(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p !== '');
}

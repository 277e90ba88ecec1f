import { escapeRegExp, foldedWords, foldWithOrigin, lowerSameLength, type FoldedText } from './fold.js';
import type { FindingKind, KnownPersonalData, Span } from './types.js';

/**
 * The citizen's own name, address and commune, taken from the case record and found in free text
 * with or without diacritics, in any case, with any spacing or commas between words.
 */

const SEPARATOR = '[^a-z0-9]{1,3}';
const HONORIFICS = [
  'anh',
  'chị',
  'ông',
  'bà',
  'em',
  'cô',
  'chú',
  'bác',
  'cháu',
  'bạn',
  'cậu',
  'dì',
  'mợ',
  'thím',
  'tên',
  'tên là',
  'tên tôi là',
  'tôi là',
  'em là',
  'cháu là',
  'mình là',
];
/** Words that open the precise part of an address: house number, lane, hamlet. */
const ADDRESS_DETAIL = /^(?:so|ngo|ngach|hem|kiet|thon|xom|ap|to|ban|doi|khu pho|khom|lo|can ho|nha|phong)\b/;
const ADMIN_PREFIX =
  /^(?:xa|phuong|thi tran|dac khu|thi xa|thanh pho|tp|huyen|quan|thon|ap|ban)(?:[^a-z0-9]+|$)/;

/** Spans of `words` (folded) as whole words in the folded text, mapped back to the original. */
function foldedMatches(source: FoldedText, words: string[], kind: FindingKind): Span[] {
  if (words.length === 0) return [];
  const pattern = new RegExp(`(?<![a-z0-9])${words.map(escapeRegExp).join(SEPARATOR)}(?![a-z0-9])`, 'g');
  return [...source.folded.matchAll(pattern)].map((m) => ({
    kind,
    start: source.origin[m.index]!,
    end: source.origin[m.index + m[0].length - 1]! + 1,
  }));
}

/** Exact words (diacritics kept, case ignored) after an honorific or "tên là": "chị Lan", "anh Minh Tuấn". */
function addressedAs(lower: string, givenName: string): Span[] {
  const name = lowerSameLength(givenName.normalize('NFC')).trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const lead = HONORIFICS.map((h) => h.replace(/ /g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lead})\\s+(${name})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return [...lower.matchAll(pattern)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { kind: 'name' as const, start, end: m.index + m[0].length };
  });
}

function nameSpans(source: FoldedText, lower: string, name: string): Span[] {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const spans: Span[] = [];
  if (words.length >= 2) spans.push(...foldedMatches(source, foldedWords(name), 'name'));
  // Vietnamese call people by their given name, sometimes by the last two words of the full name.
  const given = words.length >= 3 ? [words.slice(-2), words.slice(-1)] : [words.slice(-1)];
  for (const g of given) spans.push(...addressedAs(lower, g.join(' ')));
  return spans;
}

function addressSpans(source: FoldedText, address: string): Span[] {
  const parts = address.split(/[,;]/);
  const spans: Span[] = [];
  // The whole address, then its leading parts: the text often names the house but not the ward.
  for (let k = parts.length; k >= 1; k -= 1) {
    if (k === 1 && parts.length > 1) break;
    spans.push(...foldedMatches(source, foldedWords(parts.slice(0, k).join(' ')), 'address'));
  }
  for (const part of parts) {
    const words = foldedWords(part);
    const folded = words.join(' ');
    if (words.length >= 2 && (/\d/.test(folded) || ADDRESS_DETAIL.test(folded))) {
      spans.push(...foldedMatches(source, words, 'address'));
    }
  }
  return spans;
}

function communeSpans(source: FoldedText, lower: string, commune: string): Span[] {
  const words = foldedWords(commune);
  const prefix = ADMIN_PREFIX.exec(words.join(' '));
  const coreWords = prefix ? foldedWords(words.join(' ').slice(prefix[0].length)) : words;
  if (coreWords.length >= 2) return foldedMatches(source, coreWords, 'commune');
  // One-word names are everyday words once folded: only with their prefix, diacritics exact.
  const exact = lowerSameLength(commune.normalize('NFC').trim()).replace(/\s+/g, ' ');
  if (exact.split(' ').length < 2) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(exact).replace(/ /g, '\\s+')}(?![\\p{L}\\p{M}\\p{N}])`,
    'gu',
  );
  return [...lower.matchAll(pattern)].map((m) => ({
    kind: 'commune' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const present = (values: KnownPersonalData[keyof KnownPersonalData]) =>
  (values ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');

export function findKnownTerms(text: string, known: KnownPersonalData): Span[] {
  const source = foldWithOrigin(text);
  const lower = lowerSameLength(text);
  return [
    ...present(known.names).flatMap((n) => nameSpans(source, lower, n)),
    ...present(known.addresses).flatMap((a) => addressSpans(source, a)),
    ...present(known.communes).flatMap((c) => communeSpans(source, lower, c)),
  ];
}

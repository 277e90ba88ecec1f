/**
 * Case codes citizens read out on the phone and type on the portal: `TH-2026-000123`, i.e. a province
 * prefix, the year the case was received and a per-year sequence padded to 6 digits (never truncated).
 */
export interface CaseCode {
  prefix: string;
  year: number;
  sequence: number;
}

const PREFIX_PATTERN = /^[A-Z]{2,4}$/;
const CODE_PATTERN = /^([A-Z]{2,4})-(\d{4})-(\d{6,})$/;

export function isCaseCodePrefix(prefix: string): boolean {
  return PREFIX_PATTERN.test(prefix);
}

export function formatCaseCode(prefix: string, year: number, sequence: number): string {
  if (!isCaseCodePrefix(prefix)) throw new RangeError(`Invalid case code prefix: ${prefix}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Reads a code back, forgiving case and surrounding spaces (citizens type it). Anything else that
 * `formatCaseCode` would not produce, such as a 7-digit sequence with a leading zero, is null.
 */
export function parseCaseCode(input: string): CaseCode | null {
  const match = CODE_PATTERN.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, prefix, year, digits] = match as unknown as [string, string, string, string];
  if (digits.length > 6 && digits.startsWith('0')) return null;
  const sequence = Number(digits);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return { prefix, year: Number(year), sequence };
}

const VOWEL = /[aeiouy]/;
const ONSETS = new Set(['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr']);
const CODAS = new Set(['', 'c', 'ch', 'k', 'm', 'n', 'ng', 'nh', 'p', 't']);

// A consonant run between two vowel groups is "coda + onset"; the onset gets as many letters as it can.
function onsetOf(run: string): string {
  for (let start = 0; start < run.length; start += 1) {
    const onset = run.slice(start);
    if ((onset.length === 1 || ONSETS.has(onset)) && CODAS.has(run.slice(0, start))) return onset;
  }
  return run.slice(-1);
}

function syllableInitials(word: string): string[] {
  const initials = [word[0]!];
  const parts = word.split(/([^aeiouy]+)/).filter(Boolean);
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1 && !VOWEL.test(part);
    if (between) initials.push(onsetOf(part)[0]!);
  });
  return initials;
}

/**
 * An explicit prefix wins; else the initials of the slug's syllables, at most 4 (hochiminh → HCM), or
 * its first two letters for one syllable. A slug hides where a vowel-initial syllable starts
 * (nghean, hungyen, thuathienhue): give those provinces an explicit prefix.
 */
export function provinceCodePrefix(slug: string, explicit?: string): string {
  if (explicit !== undefined) {
    const prefix = explicit.trim().toUpperCase();
    if (!isCaseCodePrefix(prefix)) throw new RangeError(`Invalid case code prefix: ${explicit}`);
    return prefix;
  }
  const words = slug
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const letters = words.join('');
  if (letters.length < 2) throw new RangeError(`Cannot derive a case code prefix from: ${slug}`);
  const initials = words.flatMap(syllableInitials).slice(0, 4);
  return (initials.length >= 2 ? initials.join('') : letters.slice(0, 2)).toUpperCase();
}

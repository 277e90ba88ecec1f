/**
 * Numbers as people write them: digit groups joined by short separators ("0913 680 916",
 * "0913.680.916", "(0237) 3 852 123", "+84 913-680-916"). Phones and ID numbers are searched among the
 * groups of a run, so a phone written next to another number ("ngày 12 0913 680 916") is still found.
 */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  /** Part of a number of another kind (date, case code, amount): no phone or ID number may include it. */
  blocked: boolean;
}

export interface DigitRun {
  groups: DigitGroup[];
  /**
   * The first group continues another number or a date ("12/03", "3,5", "16:30"): a phone or ID number
   * may not start there.
   */
  attached: boolean;
}

const SEPARATOR_CHARS = ' \u00a0\t.-\u2010\u2011\u2012\u2013\u2014()';
const MAX_SEPARATOR = 3;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Numbers whose shape says what they are and that no phone number can contain, so that their digits
 * never join a neighbouring one: case codes (TH-2026-000123), amounts followed by a currency
 * (1.500.000 đồng) and provincial service numbers (0237 1022). Dates are not among them: a phone can be
 * spelled like one ("02.12.2000.123").
 */
const OTHER_NUMBERS = [
  /(?<![\p{L}\p{N}])\p{Lu}{2,4}-\d{4}-\d{6,}(?!\d)/gu,
  /(?<!\d[\s.,\-\u2010-\u2014()]{0,3})\d{1,3}(?:[.,]\d{3})+\s?(?=(?:đồng|đ|vnđ|vnd|nghìn|ngàn|triệu|tỷ)(?!\p{L}))/giu,
  // A province's service number: area code + short code (0237 1022), never a subscriber's line.
  /(?<!\d[\s.\-\u2010-\u2014()]{0,3})(?<!\+)(?:0|\+?84[\s.-]?)(?:2[48]|2[0-35-79]\d)[\s.-]?1\d{3}(?!\d)/g,
];

function otherNumberRanges(text: string): [number, number][] {
  return OTHER_NUMBERS.flatMap((re) =>
    [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  );
}

/** Characters that glue a number to the previous one: dates, decimals, times, fractions. */
function isAttached(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined) return false;
  if (before === '/' || before === '\\') return true;
  return ',:.-'.includes(before) && isDigit(text[start - 2]);
}

function readSeparator(text: string, from: number): number | null {
  let i = from;
  while (i < text.length && i - from < MAX_SEPARATOR && SEPARATOR_CHARS.includes(text[i]!)) i += 1;
  return i > from && isDigit(text[i]) ? i : null;
}

export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const others = otherNumberRanges(text);
  const isBlocked = (start: number, end: number) => others.some(([a, b]) => start < b && end > a);
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i += 1;
      continue;
    }
    const run: DigitRun = { groups: [], attached: isAttached(text, i) };
    for (;;) {
      const start = i;
      while (isDigit(text[i])) i += 1;
      run.groups.push({ start, end: i, digits: text.slice(start, i), blocked: isBlocked(start, i) });
      const next = readSeparator(text, i);
      if (next === null) break;
      i = next;
    }
    runs.push(run);
  }
  return runs;
}

/** Joins overlapping spans, so that every digit of each candidate ends up redacted. */
export function unionOf<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** The last group a number starting at `from` may reach: before the next blocked group, `max` groups at most. */
export function lastUsableGroup(groups: readonly DigitGroup[], from: number, max: number): number {
  let to = from;
  while (to + 1 < groups.length && to + 1 < from + max && !groups[to + 1]!.blocked) to += 1;
  return to;
}

/** The digits of groups `from`..`to` (inclusive) of a run. */
export function digitsOf(groups: readonly DigitGroup[], from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k += 1) out += groups[k]!.digits;
  return out;
}

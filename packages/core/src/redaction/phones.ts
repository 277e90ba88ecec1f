import { digitRuns, digitsOf, lastUsableGroup, unionOf, type DigitGroup } from './digit-runs.js';
import type { Span } from './types.js';

/**
 * Vietnamese numbers after the country code or trunk 0: mobiles (9 digits from 3, 5, 7, 8, 9), landlines
 * (area code 24, 28 or 2xx, then a subscriber number from 2–9: 10 digits) and the pre-2018 11-digit
 * mobiles (012x, 016x, 018x, 019x). Service numbers (1022, 0237 1022, 1900 …) are not personal: a
 * subscriber number never starts with 1, so "0237 1022 100 người" is not read as a landline.
 */
const SUBSCRIBER = /^(?:[35789]\d{8}|2[48][2-9]\d{7}|2[0-35-79]\d[2-9]\d{6}|1[2689]\d{8})$/;
/** Groups of one run a phone may span: up to one digit per group ("0 9 1 3 6 8 0 9 1 6"). */
const MAX_GROUPS = 15;

function isPhone(digits: string, plus: boolean, written: string): boolean {
  let national: string | null = null;
  if (digits.startsWith('0084')) national = digits.slice(4);
  else if (digits.startsWith('84')) national = digits.slice(2);
  else if (digits.startsWith('0') && !digits.startsWith('00')) national = digits.slice(1);
  if (national !== null) {
    // "+84 (0) 913 …": the trunk 0 written after the country code.
    if (national.startsWith('0') && !digits.startsWith('0') && !national.startsWith('00')) {
      national = national.slice(1);
    }
    if (SUBSCRIBER.test(national)) return true;
  }
  // Another country's number, written with its + prefix: personal all the same. Dots would make it an
  // amount ("+12.500.000 đồng").
  return (
    plus && !digits.startsWith('84') && digits.length >= 8 && digits.length <= 15 && !written.includes('.')
  );
}

/** A "+" (or "(+", "00") written just before the first digit, and where the phone's span starts. */
function leadingPlus(text: string, start: number): { plus: boolean; from: number } {
  const before = text.slice(Math.max(0, start - 4), start);
  const match = /(\(\s?)?\+\s?\(?$|\($/.exec(before);
  if (!match) return { plus: false, from: start };
  return { plus: match[0].includes('+'), from: start - match[0].length };
}

function spanOf(text: string, groups: readonly DigitGroup[], from: number, to: number, lead: number) {
  let end = groups[to]!.end;
  const opened = text.slice(lead, end).split('(').length - text.slice(lead, end).split(')').length;
  if (opened > 0 && text[end] === ')') end += 1;
  return { start: lead, end };
}

/** Every phone number in `text`, in any of the usual spellings, longest reading first. */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of digitRuns(text)) {
    const { groups } = run;
    // Every start is tried and overlapping readings are joined: a number read wrongly from the digits of
    // its neighbour ("07.2030 0913…") must not hide the phone that follows.
    for (let from = run.attached ? 1 : 0; from < groups.length; from += 1) {
      if (groups[from]!.blocked) continue;
      const { plus, from: lead } = leadingPlus(text, groups[from]!.start);
      let matched = -1;
      for (let to = lastUsableGroup(groups, from, MAX_GROUPS); to >= from; to -= 1) {
        const written = text.slice(groups[from]!.start, groups[to]!.end);
        if (isPhone(digitsOf(groups, from, to), plus, written)) {
          matched = to;
          break;
        }
      }
      if (matched < 0) continue;
      spans.push({ kind: 'phone', ...spanOf(text, groups, from, matched, lead) });
    }
  }
  return unionOf(spans);
}

import { digitRuns, digitsOf, lastUsableGroup, unionOf } from './digit-runs.js';
import type { Span } from './types.js';

/**
 * Citizen ID numbers: the 12-digit CCCD / personal identification number (3-digit province code 001–096,
 * century-and-sex digit, 2-digit birth year, 6 digits), anywhere; the old 9-digit CMND and passport-like
 * numbers only after words that name them ("CMND số 123456789").
 */
const CCCD = /^0(?:0[1-9]|[1-8]\d|9[0-6])\d{9}$/;
const ID_CONTEXT =
  /(?:cccd|cmnd|cmt|c[aă]n c[uư][oớ]c|ch[uứ]ng minh(?: nh[aâ]n d[aâ]n| th[uư])?|đ[iị]nh danh|dinh danh|h[oộ] chi[eế]u|passport)[^\p{L}\p{N}]{0,6}(?:s[oố][^\p{L}\p{N}]{0,3})?$/iu;

const MAX_GROUPS = 6;

function hasContext(text: string, start: number): boolean {
  return ID_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
}

function isIdNumber(digits: string, context: boolean): boolean {
  if (CCCD.test(digits)) return true;
  return context && (digits.length === 9 || digits.length === 12);
}

export function findIdNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of digitRuns(text)) {
    const { groups } = run;
    // Every start is tried and overlapping readings are joined: a number read wrongly from the digits of
    // its neighbour ("07.2030 0913…") must not hide the phone that follows.
    for (let from = run.attached ? 1 : 0; from < groups.length; from += 1) {
      if (groups[from]!.blocked) continue;
      const context = hasContext(text, groups[from]!.start);
      let matched = -1;
      for (let to = lastUsableGroup(groups, from, MAX_GROUPS); to >= from; to -= 1) {
        if (isIdNumber(digitsOf(groups, from, to), context)) {
          matched = to;
          break;
        }
      }
      if (matched < 0) continue;
      spans.push({ kind: 'id_number', start: groups[from]!.start, end: groups[matched]!.end });
    }
  }
  return unionOf(spans);
}

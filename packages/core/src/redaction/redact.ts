import { findEmails } from './emails.js';
import { findIdNumbers } from './id-numbers.js';
import { findPhones } from './phones.js';
import { findKnownTerms } from './terms.js';
import { REDACTION_LABELS, type Finding, type KnownPersonalData, type Span } from './types.js';

/** Earlier first; at the same start the longer span; overlapping later spans are dropped. */
function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (last && span.start < last.end) {
      if (span.end > last.end) last.end = span.end;
      continue;
    }
    kept.push({ ...span });
  }
  return kept;
}

/**
 * Personal data in `text`: phone numbers, e-mail addresses and ID numbers wherever they are, plus the
 * citizen's own name, address and commune when the case record gives them. Offsets refer to
 * `text.normalize('NFC')`, which is also what `redact` returns.
 */
export function findPersonalData(text: string, known: KnownPersonalData = {}): Finding[] {
  const source = text.normalize('NFC');
  const spans = resolveOverlaps([
    ...findEmails(source),
    ...findIdNumbers(source),
    ...findPhones(source),
    ...findKnownTerms(source, known),
  ]);
  return spans.map((s) => ({
    ...s,
    original: source.slice(s.start, s.end),
    replacement: REDACTION_LABELS[s.kind],
  }));
}

/**
 * Writes the placeholders of the chosen findings into the text: after a manual review the UI passes
 * only the findings the reviewer kept. Findings that overlap an earlier one are ignored.
 */
export function applyRedactions(text: string, findings: readonly Finding[]): string {
  const source = text.normalize('NFC');
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of sorted) {
    if (f.start < at || f.end > source.length || f.start >= f.end) continue;
    out += source.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + source.slice(at);
}

export interface Redaction {
  text: string;
  findings: Finding[];
}

/** Everything found, replaced: the starting point of a publication's manual review. */
export function redact(text: string, known: KnownPersonalData = {}): Redaction {
  const findings = findPersonalData(text, known);
  return { text: applyRedactions(text, findings), findings };
}

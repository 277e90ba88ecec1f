/**
 * Vietnamese folding that remembers where each folded character came from, so a match found in the
 * folded text ("nguyen thi lan") maps back to the original span ("NGUYỄN Thị Lan").
 */
export interface FoldedText {
  folded: string;
  /** For each folded character, the index of the original character it came from. */
  origin: number[];
}

export function foldChar(ch: string): string {
  return ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const f = foldChar(text[i]!);
    folded += f;
    for (let k = 0; k < f.length; k += 1) origin.push(i);
  }
  return { folded, origin };
}

/** Folded words of a term: "Xã Quảng  Tâm," → ["xa", "quang", "tam"]. */
export function foldedWords(term: string): string[] {
  return foldWithOrigin(term.normalize('NFC'))
    .folded.split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Lower case character by character, so indices stay those of the original text. */
export function lowerSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

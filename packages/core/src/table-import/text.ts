/**
 * Folds Vietnamese text for matching headers and labels: no diacritics, đ → d, lower case,
 * punctuation to single spaces ("Số điện thoại 1" → "so dien thoai 1", "Sở/ngành" → "so nganh").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Exports prefix cells that a spreadsheet would run as formulas with an apostrophe; reading undoes it. */
export function cleanCell(raw: string | null | undefined): string {
  const text = (raw ?? '').replace(/\u00a0/g, ' ').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** The inverse of `cleanCell` for export: a leading =, +, - or @ gets the apostrophe. */
export function escapeCell(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

import type { FontName } from './fonts.js';

export type Doc = PDFKit.PDFDocument;

const MM = 72 / 25.4;
/** Decree 30/2020/NĐ-CP margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const PAGE_WIDTH = 595.28;
export const WIDTH = PAGE_WIDTH - MARGINS.left - MARGINS.right;
export const LEFT_COLUMN = WIDTH * 0.44;
export const RIGHT_COLUMN = WIDTH - LEFT_COLUMN;
export const BODY_SIZE = 13;
export const INDENT = 10 * MM;

export function font(doc: Doc, name: FontName, size: number): Doc {
  return doc.font(name).fontSize(size);
}

/** The largest size from `max` down to 10.5 at which `text` fits on one line of `width`; long names wrap. */
export function fittingSize(doc: Doc, name: FontName, text: string, max: number, width: number): number {
  let size = max;
  while (size > 10.5 && font(doc, name, size).widthOfString(text) > width) size -= 0.5;
  return size;
}

/** Centred text in a column; answers where the next line starts. */
export function centered(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  name: FontName,
  size: number,
): number {
  font(doc, name, size).text(text, x, y, { width, align: 'center' });
  return doc.y;
}

export function rule(doc: Doc, centreX: number, y: number, length: number): void {
  doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

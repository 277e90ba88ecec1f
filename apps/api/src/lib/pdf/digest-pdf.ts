import type { DigestLetter } from '@tongdai/core';
import PDFDocument from 'pdfkit';
import { serifFonts } from './fonts.js';
import {
  BODY_SIZE,
  centered,
  fittingSize,
  font,
  INDENT,
  LEFT_COLUMN,
  MARGINS,
  RIGHT_COLUMN,
  rule,
  WIDTH,
  type Doc,
} from './layout.js';
import { drawTable } from './table.js';

/** Issuer, number and subject on the left; national title, motto and place-and-date on the right. */
function drawHeader(doc: Doc, letter: DigestLetter): void {
  const x = MARGINS.left;
  const top = MARGINS.top;
  let left = top;
  const { parentBody, body } = letter.issuer;
  if (parentBody) {
    left = centered(
      doc,
      parentBody,
      x,
      left,
      LEFT_COLUMN,
      'regular',
      fittingSize(doc, 'regular', parentBody, 12, LEFT_COLUMN),
    );
  }
  left = centered(doc, body, x, left, LEFT_COLUMN, 'bold', fittingSize(doc, 'bold', body, 12, LEFT_COLUMN));
  rule(doc, x + LEFT_COLUMN / 2, left + 4, LEFT_COLUMN / 3);

  const rx = x + LEFT_COLUMN;
  const titleSize = fittingSize(doc, 'bold', letter.nationalTitle, 12, RIGHT_COLUMN);
  let right = centered(doc, letter.nationalTitle, rx, top, RIGHT_COLUMN, 'bold', titleSize);
  right = centered(doc, letter.motto, rx, right, RIGHT_COLUMN, 'bold', 13);
  rule(doc, rx + RIGHT_COLUMN / 2, right + 3, font(doc, 'bold', 13).widthOfString(letter.motto));

  const numberY = Math.max(left, right) + 10;
  let below = centered(doc, letter.number, x, numberY, LEFT_COLUMN, 'regular', 13);
  below = centered(doc, letter.subject, x, below + 2, LEFT_COLUMN, 'regular', 12);
  const dated = centered(doc, letter.placeDate, rx, numberY, RIGHT_COLUMN, 'italic', 13);
  doc.y = Math.max(below, dated) + 16;
}

function paragraph(doc: Doc, text: string): void {
  font(doc, 'regular', BODY_SIZE).text(text, MARGINS.left, doc.y, {
    width: WIDTH,
    align: 'justify',
    indent: INDENT,
    lineGap: 3,
    paragraphGap: 6,
  });
}

/** "Nơi nhận" on the left, the signature block on the right, kept together on one page. */
function drawFooter(doc: Doc, letter: DigestLetter): void {
  if (doc.y + 150 > doc.page.height - MARGINS.bottom) doc.addPage();
  const top = doc.y + 6;
  const x = MARGINS.left;
  font(doc, 'boldItalic', 12).text(letter.copies.label, x, top, { width: LEFT_COLUMN });
  for (const item of letter.copies.items)
    font(doc, 'regular', 11).text(`- ${item}`, x, doc.y, { width: LEFT_COLUMN });
  const leftEnd = doc.y;

  const rx = x + LEFT_COLUMN;
  let y = top;
  for (const line of letter.signature.lines) y = centered(doc, line, rx, y, RIGHT_COLUMN, 'bold', 13);
  if (letter.signature.note) y = centered(doc, letter.signature.note, rx, y + 4, RIGHT_COLUMN, 'italic', 11);
  if (letter.signature.name) y = centered(doc, letter.signature.name, rx, y + 60, RIGHT_COLUMN, 'bold', 13);
  doc.y = Math.max(leftEnd, y);
}

/** Page numbers from the second page on, centred in the top margin (Decree 30). */
function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    font(doc, 'regular', 12).text(String(i + 1), MARGINS.left, MARGINS.top / 2, {
      width: WIDTH,
      align: 'center',
      lineBreak: false,
    });
  }
}

/** The digest letter as an A4 PDF with its fonts embedded, ready to print or attach to an e-mail. */
export function renderDigestPdf(letter: DigestLetter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `${letter.number} – ${letter.salutation.recipient}`,
      Subject: letter.subject,
      Author: letter.issuer.body,
      CreationDate: new Date(`${letter.meta.date}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, data] of Object.entries(serifFonts())) doc.registerFont(name, data);

  drawHeader(doc, letter);
  const salutation = `${letter.salutation.label} ${letter.salutation.recipient}`;
  centered(doc, salutation, MARGINS.left, doc.y, WIDTH, 'regular', 14);
  doc.y += 10;
  for (const text of letter.opening) paragraph(doc, text);
  drawTable(doc, letter);
  for (const text of letter.closing) paragraph(doc, text);
  drawFooter(doc, letter);
  numberPages(doc);
  doc.end();
  return done;
}

import type { DigestLetter, DigestRow } from '@tongdai/core';
import type { FontName } from './fonts.js';
import { font, MARGINS, WIDTH, type Doc } from './layout.js';

const TABLE_SIZE = 10;
const CELL_PAD = 4;

/** A run of text inside a cell, in its own face. */
interface Run {
  text: string;
  face: FontName;
}

interface Column {
  label: string;
  width: number;
  align: 'center' | 'left';
  runs: (r: DigestRow) => Run[];
}

/** "22/11/2026 17:00 (quá hạn)" → date, time and remark on their own lines, so columns stay narrow. */
function dateOverTime(text: string): string {
  return text.replace(/^(\S+) (\d\d:\d\d) ?/, '$1\n$2\n').trim();
}

/** How each column of the letter's list is drawn; width 0: the code's own width, or what is left. */
const LAYOUT: Record<string, Omit<Column, 'label'>> = {
  index: { width: 30, align: 'center', runs: (r) => [{ text: String(r.index), face: 'regular' }] },
  code: { width: 0, align: 'left', runs: (r) => [{ text: r.code, face: 'regular' }] },
  receivedAt: {
    width: 68,
    align: 'left',
    runs: (r) => [{ text: dateOverTime(r.receivedAt), face: 'regular' }],
  },
  question: {
    width: 0,
    align: 'left',
    runs: (r) => [
      ...(r.topic !== '—' ? [{ text: r.topic, face: 'italic' as const }] : []),
      { text: r.question, face: 'regular' },
    ],
  },
  dueAt: {
    width: 68,
    align: 'left',
    runs: (r) => [{ text: dateOverTime(r.dueAt), face: r.overdue ? 'bold' : 'regular' }],
  },
};

function columnsOf(doc: Doc, letter: DigestLetter): Column[] {
  const codeWidth = Math.max(
    56,
    ...letter.table.rows.map(
      (r) => font(doc, 'regular', TABLE_SIZE).widthOfString(r.code) + 2 * CELL_PAD + 1,
    ),
  );
  const known = letter.table.columns.filter((c) => LAYOUT[c.key]);
  const widthOf = (key: string) => (key === 'code' ? codeWidth : LAYOUT[key]!.width);
  const fixed = known.reduce((sum, c) => sum + widthOf(c.key), 0);
  return known.map((c) => ({ ...LAYOUT[c.key]!, label: c.label, width: widthOf(c.key) || WIDTH - fixed }));
}

function heightOf(doc: Doc, columns: Column[], cells: Run[][]): number {
  const cellHeight = (runs: Run[], width: number) =>
    runs.reduce((h, run) => h + font(doc, run.face, TABLE_SIZE).heightOfString(run.text, { width }), 0);
  return (
    Math.max(...cells.map((runs, i) => cellHeight(runs, columns[i]!.width - 2 * CELL_PAD))) + 2 * CELL_PAD
  );
}

/** One row: each cell wrapped to its column and boxed, the row as tall as its tallest cell. */
function drawRow(doc: Doc, columns: Column[], cells: Run[][], y: number): number {
  const height = heightOf(doc, columns, cells);
  let x = MARGINS.left;
  cells.forEach((runs, i) => {
    const { width, align } = columns[i]!;
    doc.rect(x, y, width, height).lineWidth(0.5).stroke();
    let ty = y + CELL_PAD;
    for (const run of runs) {
      font(doc, run.face, TABLE_SIZE).text(run.text, x + CELL_PAD, ty, {
        width: width - 2 * CELL_PAD,
        align,
      });
      ty = doc.y;
    }
    x += width;
  });
  return y + height;
}

/** The numbered list; a row never splits across pages and every page repeats the column titles. */
export function drawTable(doc: Doc, letter: DigestLetter): void {
  const columns = columnsOf(doc, letter);
  const header = columns.map((c) => ({ ...c, align: 'center' as const }));
  const titles = columns.map((c): Run[] => [{ text: c.label, face: 'bold' }]);
  const bottom = doc.page.height - MARGINS.bottom;
  let y = drawRow(doc, header, titles, doc.y + 4);
  for (const row of letter.table.rows) {
    const cells = columns.map((c) => c.runs(row));
    if (y + heightOf(doc, columns, cells) > bottom) {
      doc.addPage();
      y = drawRow(doc, header, titles, MARGINS.top);
    }
    y = drawRow(doc, columns, cells, y);
  }
  doc.y = y + 12;
}

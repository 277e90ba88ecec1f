import { escapeCell } from '../table-import/text.js';
import { FAQ_COLUMN_LABELS, FAQ_IMPORT_COLUMNS, FAQ_STATE_LABELS, type FaqState } from './import-columns.js';

export interface ExportFaq {
  id: string;
  question: string;
  /** Markdown source. */
  answer: string;
  topicName: string | null;
  keywords: readonly string[];
  sourceAgencyName: string | null;
  state: FaqState;
  /** yyyy-mm-dd */
  validUntil: string | null;
  usageCount: number;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * Entries as a table with the import's own headers, so an export re-imports cleanly (its Mã column
 * makes the rows updates). "Lượt sử dụng" is for reading only: the import ignores it. For CSV, cells
 * a spreadsheet would run as formulas get an apostrophe (the import strips it).
 */
export function faqExportTable(
  entries: readonly ExportFaq[],
  options: { escapeFormulas?: boolean } = {},
): { header: string[]; rows: string[][] } {
  const cell = options.escapeFormulas === false ? (text: string) => text : escapeCell;
  const header = [...FAQ_IMPORT_COLUMNS.map((c) => FAQ_COLUMN_LABELS[c]), 'Lượt sử dụng'];
  const rows = entries.map((e) => [
    e.id,
    cell(e.question),
    cell(e.answer),
    cell(e.topicName ?? ''),
    cell(e.keywords.join('; ')),
    cell(e.sourceAgencyName ?? ''),
    FAQ_STATE_LABELS[e.state],
    e.validUntil ? dmy(e.validUntil) : '',
    String(e.usageCount),
  ]);
  return { header, rows };
}

import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import Papa from 'papaparse';
import type { AppEnv } from '../context.js';
import { ApiError } from './errors.js';

/**
 * Spreadsheet files in and out of the API, shared by every import/export (agency directory, FAQ):
 * CSV in UTF-8 with a guessed delimiter or the first sheet of an XLSX, read into text cells.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Browsers on Windows with Excel installed label .csv files application/vnd.ms-excel.
const ACCEPTED_TYPES = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel', XLSX_TYPE]);
/** Rows a sheet may reach (title rows, blank lines) before we stop reading. */
const MAX_SHEET_ROWS = 5000;

const badFile = (message: string) => new ApiError('BAD_REQUEST', message);
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Import files stop at 2 MB, before the body is read into memory. */
export const importUploadLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: () => {
    throw badFile('Tệp quá lớn: tối đa 2 MB.');
  },
});

/** The request body as a table of text cells: CSV (UTF-8, comma or semicolon) or the first XLSX sheet. */
export async function readSpreadsheet(c: Context<AppEnv>): Promise<string[][]> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.has(type)) {
    throw badFile('Hãy gửi tệp CSV (text/csv) hoặc Excel .xlsx (Content-Type tương ứng).');
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length > MAX_IMPORT_BYTES) throw badFile('Tệp quá lớn: tối đa 2 MB.');
  if (bytes.length === 0) throw badFile('Tệp trống.');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw badFile('Tệp Excel .xls đời cũ không được hỗ trợ: hãy lưu lại thành .xlsx hoặc CSV UTF-8.');
  }
  if (type === XLSX_TYPE) throw badFile('Tệp không phải là tệp Excel .xlsx hợp lệ.');
  return readCsv(bytes);
}

/** The delimiter that splits the first lines most, outside quotes: Excel in Vietnam often writes ";". */
function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]! += 1;
    else if (!quoted && ch === '\n' && (lines += 1) >= 10) break;
  }
  return Object.entries(counts).reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badFile('Tệp CSV cần lưu với mã UTF-8 (trong Excel: Lưu thành "CSV UTF-8").');
  }
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw badFile(`Tệp CSV lỗi dấu ngoặc kép ở dòng ${(broken.row ?? 0) + 1}.`);
  if (parsed.data.length > MAX_SHEET_ROWS) throw badFile(`Tệp có quá nhiều dòng (tối đa ${MAX_SHEET_ROWS}).`);
  return parsed.data;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: unknown }) => cellText(part.text)).join('');
  }
  if ('text' in value) return cellText(value.text);
  if ('result' in value) return cellText(value.result);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer against older @types/node.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw badFile('Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badFile('Tệp Excel không có trang tính nào.');
  const table: string[][] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > MAX_SHEET_ROWS) throw badFile(`Tệp có quá nhiều dòng (tối đa ${MAX_SHEET_ROWS}).`);
    while (table.length < rowNumber - 1) table.push([]);
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(cellText(row.getCell(col).value));
    table.push(cells);
  });
  return table;
}

export interface SheetTable {
  header: string[];
  rows: string[][];
}

/** CSV for Excel: UTF-8 with BOM, comma, CRLF. */
export const writeCsv = ({ header, rows }: SheetTable) =>
  `\uFEFF${Papa.unparse({ fields: header, data: rows }, { delimiter: ',', newline: '\r\n' })}\r\n`;

export type SheetCell = string | number | Date | null;

/** A sheet with a bold frozen header row; `widths` in characters per column (18 when not given). */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  { header, rows }: { header: string[]; rows: SheetCell[][] },
  widths: number[] = [],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? 18;
  });
  return sheet;
}

/** A workbook of one such sheet. */
export async function writeXlsx(table: SheetTable, sheetName: string, widths: number[] = []) {
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, sheetName, table, widths);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Response headers of a file download. */
export function downloadHeaders(filename: string, format: 'csv' | 'xlsx') {
  return {
    'content-type': format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
  };
}

import {
  AgencyInput,
  type AgencyExportQuery,
  type AgencyImportCommitOutput,
  type AgencyImportReport,
} from '@tongdai/contracts';
import {
  agencyExportTable,
  AgencyImportFileError,
  planAgencyImport,
  toLocalMoment,
  type AgencyRow,
  type ImportPlan,
  type RowError,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import Papa from 'papaparse';
import * as v from 'valibot';
import type { AppEnv } from '../context.js';
import { withConstraintMessages } from '../lib/db-errors.js';
import { ApiError } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';
import { DUPLICATE_CODE } from './agency-directory.js';
import { audit } from './audit.js';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Browsers on Windows with Excel installed label .csv files application/vnd.ms-excel.
const ACCEPTED_TYPES = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel', XLSX_TYPE]);
/** Rows a sheet may reach (title rows, blank lines) before we stop reading. */
const MAX_SHEET_ROWS = 5000;

const badFile = (message: string) => new ApiError('BAD_REQUEST', message);
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The request body as a table of text cells: CSV (UTF-8, comma or semicolon) or the first XLSX sheet. */
async function readSpreadsheet(c: Context<AppEnv>): Promise<string[][]> {
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

const writeCsv = ({ header, rows }: { header: string[]; rows: string[][] }) =>
  `\uFEFF${Papa.unparse({ fields: header, data: rows }, { delimiter: ',', newline: '\r\n' })}\r\n`;

async function writeXlsx({ header, rows }: { header: string[]; rows: string[][] }) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cơ quan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 48 : i === 3 ? 30 : 18;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The API's input schema, run on rows core found valid, so an import writes nothing the form would refuse. */
function schemaErrors(row: AgencyRow): RowError[] {
  const result = v.safeParse(AgencyInput, {
    code: row.code,
    name: row.name,
    kind: row.kind,
    ...(row.contactEmail ? { contactEmail: row.contactEmail } : {}),
    hotlines: (row.phones ?? []).map((phone) => ({ phone })),
  });
  if (result.success) return [];
  return result.issues.map((issue) => {
    const [key, index] = (issue.path ?? []).map((p) => String(p.key));
    const column =
      key === 'contactEmail'
        ? 'email'
        : key === 'hotlines' && index
          ? `phone${Number(index) + 1}`
          : (key ?? null);
    return { column: column as RowError['column'], message: issue.message };
  });
}

function plan(table: string[][], existing: readonly queries.DirectoryAgency[]): ImportPlan {
  try {
    return planAgencyImport(table, new Set(existing.map((a) => a.code)), schemaErrors);
  } catch (e) {
    if (e instanceof AgencyImportFileError) throw new ApiError('BAD_REQUEST', e.message);
    throw e;
  }
}

const report = (p: ImportPlan): AgencyImportReport => ({
  // Only the file's columns have keys, each with its cell's text.
  rows: p.rows.map(({ line, values, errors, action }) => ({
    line,
    values: values as Record<string, string>,
    errors,
    action,
  })),
  summary: p.summary,
});

/** What the file would do; nothing is written. */
export async function previewImport(c: Context<AppEnv>): Promise<AgencyImportReport> {
  const table = await readSpreadsheet(c);
  const existing = await inTenant(c, (tx, tenantId) => queries.listDirectoryAgencies(tx, tenantId));
  return report(plan(table, existing));
}

/** Numbers already on file keep their schedule and active flag; new ones are 24/7. */
function mergeHotlines(current: queries.DirectoryHotline[], phones: string[]) {
  const old = new Map(current.map((h) => [h.phone, h]));
  return phones.map((phone) => ({
    phone,
    active: old.get(phone)?.active ?? true,
    schedule: old.get(phone)?.schedule ?? { kind: '24/7' as const },
  }));
}

/** Writes one valid row: an update keeps what the file has no column for (parent, active, schedules). */
async function writeRow(
  tx: Tx,
  tenantId: string,
  row: AgencyRow,
  current: queries.DirectoryAgency | undefined,
) {
  const values = {
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: current?.parentId ?? null,
    contactEmail: row.contactEmail === undefined ? (current?.contactEmail ?? null) : row.contactEmail,
    transferEnabled: row.transferEnabled ?? current?.transferEnabled ?? true,
    active: current?.active ?? true,
  };
  const id = current ? current.id : await queries.insertDirectoryAgency(tx, tenantId, values);
  if (current) await queries.updateDirectoryAgency(tx, tenantId, id, values);
  if (row.phones)
    await queries.replaceAgencyHotlines(tx, tenantId, id, mergeHotlines(current?.hotlines ?? [], row.phones));
}

/** Writes the valid rows (creates and updates) in one transaction, skips the others, audits once. */
export async function commitImport(c: Context<AppEnv>): Promise<AgencyImportCommitOutput> {
  const table = await readSpreadsheet(c);
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const existing = await queries.listDirectoryAgencies(tx, tenantId);
        const planned = plan(table, existing);
        const byCode = new Map(existing.map((a) => [a.code, a]));
        const written = { created: [] as string[], updated: [] as string[] };
        for (const { agency: row } of planned.rows) {
          if (!row) continue;
          await writeRow(tx, tenantId, row, byCode.get(row.code));
          (byCode.has(row.code) ? written.updated : written.created).push(row.code);
        }
        const count = written.created.length + written.updated.length;
        await audit(c, tx, tenantId, {
          action: 'agency.import',
          targetType: 'agency',
          details: { ...planned.summary, written: count, ...written },
        });
        return { ...report(planned), written: count };
      }),
    { duplicate: DUPLICATE_CODE },
  );
}

/** The directory as a file with the import's columns, named co-quan-<slug>-<yyyy-mm-dd>.<ext>. */
export async function exportDirectory(c: Context<AppEnv>, format: AgencyExportQuery['format']) {
  const agencies = await inTenant(c, (tx, tenantId) => queries.listDirectoryAgencies(tx, tenantId));
  const tenant = c.get('tenant');
  const day = toLocalMoment(c.get('deps').now(), tenant.timeZone).date;
  const filename = `co-quan-${tenant.slug}-${day}.${format}`;
  const body =
    format === 'xlsx'
      ? await writeXlsx(agencyExportTable(agencies, { escapeFormulas: false }))
      : writeCsv(agencyExportTable(agencies));
  return {
    body,
    headers: {
      'content-type': format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  };
}

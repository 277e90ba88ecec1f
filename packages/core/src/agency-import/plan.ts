import { COLUMN_LABELS, columnLabel, mapHeaderRow, type HeaderMap } from './columns.js';
import { cleanCell } from './text.js';
import { validateAgencyRow, type AgencyRow, type RowError, type RowValues } from './validate-row.js';

export const MAX_IMPORT_ROWS = 2000;
/** A title such as "DANH SÁCH …" may stand above the header row; we look this far down for it. */
const HEADER_SEARCH_ROWS = 10;

/** The file as a whole cannot be read as a directory (no header row, too many rows …). */
export class AgencyImportFileError extends Error {}

export type ImportAction = 'create' | 'update' | 'skip';

export interface PlannedRow {
  /** The row's number in the file (1 = first row), as a spreadsheet shows it. */
  line: number;
  values: RowValues;
  errors: RowError[];
  action: ImportAction;
  /** The checked values to write; null when the row has errors. */
  agency: AgencyRow | null;
}

export interface ImportSummary {
  total: number;
  valid: number;
  invalid: number;
  creates: number;
  updates: number;
}

export interface ImportPlan {
  rows: PlannedRow[];
  summary: ImportSummary;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => cleanCell(c) === '');

function findHeader(table: readonly (readonly string[])[]): { index: number; map: HeaderMap } {
  let first: { index: number; map: HeaderMap } | undefined;
  for (let index = 0; index < Math.min(table.length, HEADER_SEARCH_ROWS); index += 1) {
    const cells = table[index] ?? [];
    if (isBlank(cells)) continue;
    const map = mapHeaderRow(cells);
    if (map.missing.length === 0) return { index, map };
    first ??= { index, map };
  }
  const missing = first ? first.map.missing : (['code', 'name', 'kind'] as const);
  throw new AgencyImportFileError(
    `Không tìm thấy dòng tiêu đề: thiếu cột ${missing.map((c) => COLUMN_LABELS[c]).join(', ')}. ` +
      'Dòng tiêu đề cần có các cột Mã, Tên cơ quan, Loại (tùy chọn: Email, Số điện thoại 1, 2, 3, Chuyển cuộc gọi).',
  );
}

function rowValues(cells: readonly string[], map: HeaderMap): RowValues {
  const values: RowValues = {};
  map.columns.forEach((column, i) => {
    if (column) values[column] = cleanCell(cells[i]);
  });
  return values;
}

export function summarizeImport(rows: readonly Pick<PlannedRow, 'action'>[]): ImportSummary {
  const count = (action: ImportAction) => rows.filter((r) => r.action === action).length;
  const invalid = count('skip');
  return {
    total: rows.length,
    valid: rows.length - invalid,
    invalid,
    creates: count('create'),
    updates: count('update'),
  };
}

/**
 * Reads a directory file already split into cells: finds the header row, checks every data row, flags
 * codes repeated in the file (on the later rows) and says what each valid row would do. Writes nothing.
 * `check` may add errors to rows that passed (the API runs its input schema there).
 */
export function planAgencyImport(
  table: readonly (readonly string[])[],
  existingCodes: ReadonlySet<string>,
  check: (row: AgencyRow) => RowError[] = () => [],
): ImportPlan {
  const { index, map } = findHeader(table);
  if (map.duplicates.length > 0) {
    throw new AgencyImportFileError(
      `Cột ${map.duplicates.map(columnLabel).join(', ')} xuất hiện hơn một lần trong dòng tiêu đề.`,
    );
  }
  const dataRows = table.map((cells, i) => ({ cells, line: i + 1 })).slice(index + 1);
  const nonBlank = dataRows.filter((r) => !isBlank(r.cells.filter((_, i) => map.columns[i])));
  if (nonBlank.length === 0)
    throw new AgencyImportFileError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  if (nonBlank.length > MAX_IMPORT_ROWS) {
    throw new AgencyImportFileError(
      `Tệp có ${nonBlank.length} dòng; mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} dòng.`,
    );
  }
  const firstLineOf = new Map<string, number>();
  const rows = nonBlank.map(({ cells, line }): PlannedRow => {
    const values = rowValues(cells, map);
    const { row, errors } = validateAgencyRow(values);
    const code = (values.code ?? '').toUpperCase();
    const earlier = firstLineOf.get(code);
    if (earlier !== undefined)
      errors.push({ column: 'code', message: `Mã ${code} trùng với dòng ${earlier}.` });
    else if (code !== '') firstLineOf.set(code, line);
    if (row && errors.length === 0) errors.push(...check(row));
    const agency = errors.length === 0 ? row : null;
    const action: ImportAction = !agency ? 'skip' : existingCodes.has(agency.code) ? 'update' : 'create';
    return { line, values, errors, action, agency };
  });
  return { rows, summary: summarizeImport(rows) };
}

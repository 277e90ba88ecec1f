import {
  ImportFileError,
  planTableImport,
  type ImportAction,
  type ImportSummary,
} from '../table-import/plan.js';
import { columnLabel, mapHeaderRow, REQUIRED_COLUMNS } from './columns.js';
import { validateAgencyRow, type AgencyRow, type RowError, type RowValues } from './validate-row.js';

export const MAX_IMPORT_ROWS = 2000;

/** The file as a whole cannot be read as a directory (no header row, too many rows …). */
export class AgencyImportFileError extends ImportFileError {}

export interface PlannedRow {
  /** The row's number in the file (1 = first row), as a spreadsheet shows it. */
  line: number;
  values: RowValues;
  errors: RowError[];
  action: ImportAction;
  /** The checked values to write; null when the row has errors. */
  agency: AgencyRow | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  summary: ImportSummary;
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
  try {
    const { rows, summary } = planTableImport(table, {
      mapHeaderRow,
      required: REQUIRED_COLUMNS,
      maxRows: MAX_IMPORT_ROWS,
      messages: {
        noHeader: (missing) =>
          `Không tìm thấy dòng tiêu đề: thiếu cột ${missing.map(columnLabel).join(', ')}. ` +
          'Dòng tiêu đề cần có các cột Mã, Tên cơ quan, Loại (tùy chọn: Email, Số điện thoại 1, 2, 3, Chuyển cuộc gọi).',
        duplicateColumns: (columns) =>
          `Cột ${columns.map(columnLabel).join(', ')} xuất hiện hơn một lần trong dòng tiêu đề.`,
        noRows: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
        tooManyRows: (count, max) => `Tệp có ${count} dòng; mỗi lần nhập tối đa ${max} dòng.`,
      },
      validate: validateAgencyRow,
      identity: (values) => (values.code ?? '').toUpperCase() || null,
      duplicateRow: (code, line) => ({ column: 'code', message: `Mã ${code} trùng với dòng ${line}.` }),
      check,
      actionOf: (agency) => (existingCodes.has(agency.code) ? 'update' : 'create'),
    });
    return { rows: rows.map(({ item, ...row }) => ({ ...row, agency: item })), summary };
  } catch (e) {
    if (e instanceof ImportFileError && !(e instanceof AgencyImportFileError)) {
      throw new AgencyImportFileError(e.message);
    }
    throw e;
  }
}

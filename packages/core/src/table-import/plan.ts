import { cleanCell } from './text.js';

/** A spreadsheet import, generic over its columns `C` and the checked row `R` it produces. */
export type ImportAction = 'create' | 'update' | 'skip';

/** One problem of one row; `column` null when it concerns the row as a whole. */
export interface ImportRowError<C extends string = string> {
  column: C | null;
  message: string;
}

/** One row's cells, keyed by column; a key is absent when the file has no such column. */
export type ImportRowValues<C extends string = string> = Partial<Record<C, string>>;

export interface ImportSummary {
  total: number;
  valid: number;
  invalid: number;
  creates: number;
  updates: number;
}

export interface PlannedImportRow<C extends string, R> {
  /** The row's number in the file (1 = first row), as a spreadsheet shows it. */
  line: number;
  values: ImportRowValues<C>;
  errors: ImportRowError<C>[];
  action: ImportAction;
  /** The checked values to write; null when the row has errors. */
  item: R | null;
}

/** The file as a whole cannot be imported (no header row, too many rows …). */
export class ImportFileError extends Error {}

export interface TableHeaderMap<C extends string> {
  /** For each cell of the header row: the column it holds, or null (ignored). */
  columns: (C | null)[];
  missing: C[];
  /** Columns named twice: the file is ambiguous. */
  duplicates: C[];
}

/** Maps a header row through `match`, noting required columns it lacks and columns named twice. */
export function mapHeaderCells<C extends string>(
  cells: readonly string[],
  match: (header: string) => C | null,
  required: readonly C[],
): TableHeaderMap<C> {
  const seen = new Set<C>();
  const duplicates: C[] = [];
  const columns = cells.map((cell) => {
    const column = match(cell);
    if (column && seen.has(column)) duplicates.push(column);
    if (column) seen.add(column);
    return column;
  });
  return { columns, missing: required.filter((c) => !seen.has(c)), duplicates };
}

export interface ImportSpec<C extends string, R> {
  mapHeaderRow(cells: readonly string[]): TableHeaderMap<C>;
  /** The required columns, for the message when no header row is found. */
  required: readonly C[];
  messages: {
    /** No row within the first ones has every required column; `missing` from the best candidate. */
    noHeader(missing: readonly C[]): string;
    duplicateColumns(columns: readonly C[]): string;
    noRows: string;
    tooManyRows(count: number, max: number): string;
  };
  maxRows: number;
  validate(values: ImportRowValues<C>): { row: R | null; errors: ImportRowError<C>[] };
  /** What identifies a row in the file; a key seen on an earlier row is an error on the later ones. */
  identity?(values: ImportRowValues<C>): string | null;
  duplicateRow?(key: string, firstLine: number): ImportRowError<C>;
  /** Extra checks on rows that passed `validate` (the API runs its input schema there). */
  check?(row: R): ImportRowError<C>[];
  /** What a valid row would do. */
  actionOf(row: R): 'create' | 'update';
}

/** A title such as "DANH SÁCH …" may stand above the header row; we look this far down for it. */
const HEADER_SEARCH_ROWS = 10;

const isBlank = (cells: readonly string[]) => cells.every((c) => cleanCell(c) === '');

function findHeader<C extends string>(table: readonly (readonly string[])[], spec: ImportSpec<C, unknown>) {
  let first: TableHeaderMap<C> | undefined;
  for (let index = 0; index < Math.min(table.length, HEADER_SEARCH_ROWS); index += 1) {
    const cells = table[index] ?? [];
    if (isBlank(cells)) continue;
    const map = spec.mapHeaderRow(cells);
    if (map.missing.length === 0) return { index, map };
    first ??= map;
  }
  throw new ImportFileError(spec.messages.noHeader(first ? first.missing : spec.required));
}

function rowValues<C extends string>(cells: readonly string[], map: TableHeaderMap<C>): ImportRowValues<C> {
  const values: ImportRowValues<C> = {};
  map.columns.forEach((column, i) => {
    if (column) values[column] = cleanCell(cells[i]);
  });
  return values;
}

export function summarizeImport(rows: readonly { action: ImportAction }[]): ImportSummary {
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
 * Reads a file already split into cells: finds the header row, checks every data row (all its
 * problems, not only the first), flags rows repeating an earlier row's identity and says what each
 * valid row would do. Writes nothing; throws ImportFileError when the file as a whole is unusable.
 */
export function planTableImport<C extends string, R>(
  table: readonly (readonly string[])[],
  spec: ImportSpec<C, R>,
): { rows: PlannedImportRow<C, R>[]; summary: ImportSummary } {
  const { index, map } = findHeader(table, spec as ImportSpec<C, unknown>);
  if (map.duplicates.length > 0) throw new ImportFileError(spec.messages.duplicateColumns(map.duplicates));
  const dataRows = table.map((cells, i) => ({ cells, line: i + 1 })).slice(index + 1);
  const nonBlank = dataRows.filter((r) => !isBlank(r.cells.filter((_, i) => map.columns[i])));
  if (nonBlank.length === 0) throw new ImportFileError(spec.messages.noRows);
  if (nonBlank.length > spec.maxRows) {
    throw new ImportFileError(spec.messages.tooManyRows(nonBlank.length, spec.maxRows));
  }
  const firstLineOf = new Map<string, number>();
  const rows = nonBlank.map(({ cells, line }): PlannedImportRow<C, R> => {
    const values = rowValues(cells, map);
    const { row, errors } = spec.validate(values);
    const key = spec.identity?.(values) ?? null;
    const earlier = key === null ? undefined : firstLineOf.get(key);
    if (key !== null && earlier !== undefined && spec.duplicateRow)
      errors.push(spec.duplicateRow(key, earlier));
    else if (key !== null) firstLineOf.set(key, line);
    if (row && errors.length === 0 && spec.check) errors.push(...spec.check(row));
    const item = errors.length === 0 ? row : null;
    return { line, values, errors, action: item ? spec.actionOf(item) : 'skip', item };
  });
  return { rows, summary: summarizeImport(rows) };
}

import { mapHeaderCells, type TableHeaderMap } from '../table-import/plan.js';
import { foldText } from '../table-import/text.js';

/** The columns of the agency directory file; phones are `phone1` … `phone10` in failover order. */
export type FixedColumn = 'code' | 'name' | 'kind' | 'email' | 'transferEnabled';
export type PhoneColumn = `phone${number}`;
export type ImportColumn = FixedColumn | PhoneColumn;

export const MAX_PHONE_COLUMNS = 10;
export const REQUIRED_COLUMNS: readonly FixedColumn[] = ['code', 'name', 'kind'];

/** Vietnamese headers as written in exports and templates. */
export const COLUMN_LABELS: Record<FixedColumn, string> = {
  code: 'Mã',
  name: 'Tên cơ quan',
  kind: 'Loại',
  email: 'Email',
  transferEnabled: 'Chuyển cuộc gọi',
};

export const phoneColumn = (n: number): PhoneColumn => `phone${n}`;
export const phoneLabel = (n: number) => `Số điện thoại ${n}`;

export function columnLabel(column: ImportColumn): string {
  const phone = /^phone(\d+)$/.exec(column);
  return phone ? phoneLabel(Number(phone[1])) : COLUMN_LABELS[column as FixedColumn];
}

// Folded header → column. English names too, and the seed letter's own "Tên đơn vị/Cơ sở y tế".
const ALIASES: Record<FixedColumn, readonly string[]> = {
  code: ['ma', 'ma co quan', 'ma don vi', 'code', 'agency code'],
  name: [
    'ten co quan',
    'ten',
    'ten don vi',
    'ten don vi co so y te',
    'ten co quan don vi',
    'name',
    'agency name',
  ],
  kind: ['loai', 'loai co quan', 'loai don vi', 'kind', 'type'],
  email: ['email', 'e mail', 'thu dien tu', 'email lien he', 'contact email'],
  transferEnabled: [
    'chuyen cuoc goi',
    'chuyen cuoc goi co khong',
    'transfer',
    'transfer enabled',
    'transfer calls',
  ],
};
const BY_ALIAS = new Map<string, FixedColumn>(
  (Object.entries(ALIASES) as [FixedColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);
const PHONE_HEADER =
  /^(?:so dien thoai|dien thoai|so dt|sdt|phone|phone number|hotline|so hotline)(?: (\d{1,2}))?$/;

/** The column a header names, case- and accent-insensitively, or null for a column we do not read. */
export function matchHeader(header: string): ImportColumn | null {
  const folded = foldText(header);
  const fixed = BY_ALIAS.get(folded);
  if (fixed) return fixed;
  const phone = PHONE_HEADER.exec(folded);
  if (!phone) return null;
  const n = phone[1] ? Number(phone[1]) : 1;
  return n >= 1 && n <= MAX_PHONE_COLUMNS ? phoneColumn(n) : null;
}

export type HeaderMap = TableHeaderMap<ImportColumn>;

export function mapHeaderRow(cells: readonly string[]): HeaderMap {
  return mapHeaderCells(cells, matchHeader, REQUIRED_COLUMNS);
}

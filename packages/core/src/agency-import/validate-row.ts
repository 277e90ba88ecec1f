import { normalizePhone } from '../phone.js';
import type { ImportRowError, ImportRowValues } from '../table-import/plan.js';
import { columnLabel, MAX_PHONE_COLUMNS, phoneColumn, type ImportColumn } from './columns.js';
import { parseAgencyKind, parseYesNo, type AgencyKindCode } from './values.js';

/** One row's cells, keyed by column; a key is absent when the file has no such column. */
export type RowValues = ImportRowValues<ImportColumn>;

export type RowError = ImportRowError<ImportColumn>;

/**
 * A valid row. `undefined` fields had no column in the file: an update leaves them as they are.
 * `phones` are E.164 (or short codes) in failover order, blank cells left out.
 */
export interface AgencyRow {
  code: string;
  name: string;
  kind: AgencyKindCode;
  contactEmail?: string | null;
  transferEnabled?: boolean;
  phones?: string[];
}

const CODE = /^[A-Z0-9][A-Z0-9-]{0,31}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_NAME = 200;

export const KIND_HINT = 'Sở/ngành, UBND huyện, UBND xã, Trung tâm y tế, Bệnh viện hoặc Khác';

function readCode(raw: string, errors: RowError[]) {
  const code = raw.toUpperCase();
  if (code === '') errors.push({ column: 'code', message: 'Thiếu mã cơ quan.' });
  else if (!CODE.test(code)) {
    errors.push({
      column: 'code',
      message: `Mã "${raw}" chỉ được gồm chữ in hoa không dấu, số và dấu gạch ngang (tối đa 32 ký tự).`,
    });
  }
  return code;
}

function readName(raw: string, errors: RowError[]) {
  if (raw === '') errors.push({ column: 'name', message: 'Thiếu tên cơ quan.' });
  else if (raw.length > MAX_NAME)
    errors.push({ column: 'name', message: `Tên cơ quan tối đa ${MAX_NAME} ký tự.` });
  return raw;
}

function readKind(raw: string, errors: RowError[]) {
  const kind = parseAgencyKind(raw);
  if (raw === '') errors.push({ column: 'kind', message: `Thiếu loại cơ quan (${KIND_HINT}).` });
  else if (!kind) errors.push({ column: 'kind', message: `Loại "${raw}" không hợp lệ: dùng ${KIND_HINT}.` });
  return kind ?? 'other';
}

/** Numbers of the phone columns present, in column order; blank cells skipped, repeats refused. */
function readPhones(values: RowValues, errors: RowError[]): string[] | undefined {
  let present = false;
  const phones: string[] = [];
  const seenIn = new Map<string, number>();
  for (let n = 1; n <= MAX_PHONE_COLUMNS; n += 1) {
    const column = phoneColumn(n);
    const raw = values[column];
    if (raw === undefined) continue;
    present = true;
    if (raw === '') continue;
    const phone = normalizePhone(raw);
    const earlier = phone ? seenIn.get(phone) : undefined;
    if (!phone) errors.push({ column, message: `Số điện thoại "${raw}" không hợp lệ.` });
    else if (earlier)
      errors.push({ column, message: `Số này trùng với ${columnLabel(phoneColumn(earlier))}.` });
    else {
      seenIn.set(phone, n);
      phones.push(phone);
    }
  }
  return present ? phones : undefined;
}

/** Checks one row of the directory file; every problem is listed, not only the first. */
export function validateAgencyRow(values: RowValues): { row: AgencyRow | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const code = readCode(values.code ?? '', errors);
  const name = readName(values.name ?? '', errors);
  const kind = readKind(values.kind ?? '', errors);
  const row: AgencyRow = { code, name, kind };
  if (values.email !== undefined) {
    const email = values.email.toLowerCase();
    if (email !== '' && !EMAIL.test(email)) {
      errors.push({ column: 'email', message: `Email "${values.email}" không đúng định dạng.` });
    }
    row.contactEmail = email === '' ? null : email;
  }
  if (values.transferEnabled !== undefined) {
    const transfer = parseYesNo(values.transferEnabled);
    if (transfer === null) {
      errors.push({ column: 'transferEnabled', message: 'Ghi "có" hoặc "không" (để trống là có).' });
    }
    row.transferEnabled = transfer ?? true;
  }
  const phones = readPhones(values, errors);
  if (phones) row.phones = phones;
  return { row: errors.length === 0 ? row : null, errors };
}

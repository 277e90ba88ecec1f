import { formatPhoneVn } from '../phone.js';
import { COLUMN_LABELS, phoneLabel } from './columns.js';
import { escapeCell } from '../table-import/text.js';
import { AGENCY_KIND_LABELS, formatYesNo, type AgencyKindCode } from './values.js';

export interface ExportAgency {
  code: string;
  name: string;
  kind: AgencyKindCode;
  contactEmail: string | null;
  transferEnabled: boolean;
  /** In failover order. */
  hotlines: readonly { phone: string }[];
}

const MIN_PHONE_COLUMNS = 3;

/** Vietnamese numbers in the national form people read; others stay E.164 so they re-import unchanged. */
const exportPhone = (phone: string) =>
  phone.startsWith('+84') || !phone.startsWith('+') ? formatPhoneVn(phone) : phone;

/**
 * The directory as a table with the import's own headers, so an export re-imports cleanly: at least
 * three phone columns, more when an agency has more numbers. For CSV, cells a spreadsheet would run
 * as formulas are escaped with an apostrophe (the import strips it); XLSX cells are typed text.
 */
export function agencyExportTable(
  agencies: readonly ExportAgency[],
  options: { escapeFormulas?: boolean } = {},
): { header: string[]; rows: string[][] } {
  const cell = options.escapeFormulas === false ? (text: string) => text : escapeCell;
  const phoneColumns = Math.max(MIN_PHONE_COLUMNS, ...agencies.map((a) => a.hotlines.length));
  const phones = Array.from({ length: phoneColumns }, (_, i) => i);
  const header = [
    COLUMN_LABELS.code,
    COLUMN_LABELS.name,
    COLUMN_LABELS.kind,
    COLUMN_LABELS.email,
    ...phones.map((i) => phoneLabel(i + 1)),
    COLUMN_LABELS.transferEnabled,
  ];
  const rows = agencies.map((a) => [
    a.code,
    cell(a.name),
    AGENCY_KIND_LABELS[a.kind],
    cell(a.contactEmail ?? ''),
    ...phones.map((i) => {
      const phone = a.hotlines[i]?.phone;
      return phone ? cell(exportPhone(phone)) : '';
    }),
    formatYesNo(a.transferEnabled),
  ]);
  return { header, rows };
}

import { isRealDate } from '@tongdai/contracts';
import { addDaysToLocalDate, isoWeekdayOfLocalDate } from '@tongdai/core';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** '2026-05-18' → '18/05/2026'; anything else is returned as it was. */
export function formatVnDate(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** What people type ('18/5/2026', '18-05-2026', '18.05.2026') → '2026-05-18'; null when no such day. */
export function parseVnDate(text: string): string | null {
  const m = VN.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** The Monday of the ISO week a local date falls in. */
export function mondayOf(iso: string): string {
  return addDaysToLocalDate(iso, 1 - isoWeekdayOfLocalDate(iso));
}

/** A week as people read it: '18/05/2026 – 24/05/2026'. */
export function weekLabel(monday: string): string {
  return `${formatVnDate(monday)} – ${formatVnDate(addDaysToLocalDate(monday, 6))}`;
}

/** A week given in a query string: a real date snapped to its Monday, or null. */
export function weekFromQuery(value: string | null): string | null {
  if (!value || !ISO.test(value) || !isRealDate(value)) return null;
  return mondayOf(value);
}

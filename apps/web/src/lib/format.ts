/** Dates as Vietnamese readers write them, always in Vietnam's time zone whatever the server's. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type DateInput = Date | string | number;

type Part = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second';

function parts(input: DateInput): Record<Part, string> {
  const date = input instanceof Date ? input : new Date(input);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(input)}`);
  const out = { day: '', month: '', year: '', hour: '', minute: '', second: '' };
  for (const part of formatter.formatToParts(date)) {
    if (part.type in out) out[part.type as keyof typeof out] = part.value;
  }
  return out;
}

/** `dd/mm/yyyy` */
export function formatDate(input: DateInput): string {
  const p = parts(input);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `dd/mm/yyyy HH:mm` */
export function formatDateTime(input: DateInput): string {
  const p = parts(input);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** `dd/mm/yyyy HH:mm:ss`, for audit entries. */
export function formatDateTimeSeconds(input: DateInput): string {
  const p = parts(input);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** File sizes in KB below 1 MB, else MB with one decimal (`1,5 MB`; a comma in Vietnamese). */
export function formatFileSize(bytes: number, locale: 'vi' | 'en' = 'vi'): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  return `${locale === 'vi' ? mb.replace('.', ',') : mb} MB`;
}

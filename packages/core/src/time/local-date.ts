/**
 * Calendar dates written 'yyyy-mm-dd' with no time zone attached (holidays, compensatory workdays).
 * Plain proleptic Gregorian arithmetic: a date string names a day wherever it is read.
 */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// setUTCFullYear rather than Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
function utcMidnight({ year, month, day }: CivilDate): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function civilFromUtc(date: Date): CivilDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function parseLocalDate(text: string): CivilDate {
  const match = LOCAL_DATE.exec(text);
  if (!match) throw new RangeError(`Not a yyyy-mm-dd date: "${text}"`);
  const civil = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = civilFromUtc(utcMidnight(civil));
  if (roundTrip.month !== civil.month || roundTrip.day !== civil.day) {
    throw new RangeError(`No such date: "${text}"`);
  }
  return civil;
}

export function formatLocalDate({ year, month, day }: CivilDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDaysToLocalDate(text: string, days: number): string {
  const date = utcMidnight(parseLocalDate(text));
  date.setUTCDate(date.getUTCDate() + days);
  return formatLocalDate(civilFromUtc(date));
}

export function isoWeekdayOfLocalDate(text: string): IsoWeekday {
  return (utcMidnight(parseLocalDate(text)).getUTCDay() || 7) as IsoWeekday;
}

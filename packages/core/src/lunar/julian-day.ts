import type { CivilDate } from '../time/local-date.js';

/** Julian day numbers: the lunar calendar is computed in whole days counted from 4713 BC. */
const JDN_OF_UNIX_EPOCH = 2_440_588;
const DAY_MS = 86_400_000;

export function julianDayNumber({ year, month, day }: CivilDate): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS) + JDN_OF_UNIX_EPOCH;
}

export function civilDateOfJulianDay(jdn: number): CivilDate {
  const date = new Date((jdn - JDN_OF_UNIX_EPOCH) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

import type { CivilDate } from '../time/local-date.js';
import { NEW_MOON_EPOCH, SYNODIC_MONTH, newMoonJulianDate, sunLongitude } from './astronomy.js';
import { civilDateOfJulianDay, julianDayNumber } from './julian-day.js';

/**
 * The Vietnamese lunisolar calendar ("âm lịch") after Hồ Ngọc Đức's rules: months start on the civil day
 * of the new moon, month 11 holds the winter solstice, a 13-month year repeats its first month without a
 * major solar term. Reckoned at UTC+7, so Vietnam and China (UTC+8) differ in some years (Tết 1985, 2007).
 */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** True in the repeated ("nhuận") month of a 13-month year. */
  leap: boolean;
}

/** The Vietnamese lunar calendar has been reckoned at UTC+7 since 1968; pass 8 for earlier dates. */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

function newMoonDay(k: number, offsetHours: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + offsetHours / 24);
}

// Index 0–11 of the 30° arc of the sun at the local midnight that starts civil day `jdn`.
function sunSector(jdn: number, offsetHours: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - offsetHours / 24) / Math.PI) * 6);
}

/** Julian day on which lunar month 11 (the winter-solstice month) begins, late in solar `year`. */
function month11Start(year: number, offsetHours: number): number {
  const k = Math.floor((julianDayNumber({ year, month: 12, day: 31 }) - 2_415_021) / SYNODIC_MONTH);
  const start = newMoonDay(k, offsetHours);
  return sunSector(start, offsetHours) >= 9 ? newMoonDay(k - 1, offsetHours) : start;
}

// Months after month 11 until the first one whose start shares its sun sector with the next month's.
function leapMonthOffset(month11: number, offsetHours: number): number {
  const k = Math.floor((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let index = 1;
  let sector = sunSector(newMoonDay(k + 1, offsetHours), offsetHours);
  let previous: number;
  do {
    previous = sector;
    index += 1;
    sector = sunSector(newMoonDay(k + index, offsetHours), offsetHours);
  } while (sector !== previous && index < 14);
  return index - 1;
}

export function solarToLunar(date: CivilDate, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const jdn = julianDayNumber(date);
  const k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, offsetHours);
  if (monthStart > jdn) monthStart = newMoonDay(k, offsetHours);
  let previous11 = month11Start(date.year, offsetHours);
  let next11 = previous11;
  let year = date.year;
  if (previous11 >= monthStart) previous11 = month11Start(date.year - 1, offsetHours);
  else {
    year = date.year + 1;
    next11 = month11Start(date.year + 1, offsetHours);
  }
  const diff = Math.floor((monthStart - previous11) / 29);
  let month = diff + 11;
  let leap = false;
  if (next11 - previous11 > 365) {
    const leapOffset = leapMonthOffset(previous11, offsetHours);
    if (diff >= leapOffset) {
      month = diff + 10;
      leap = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day: jdn - monthStart + 1, leap };
}

/** The solar date of a lunar date, or null when `leap` is asked of a month that is not repeated. */
export function lunarToSolar(lunar: LunarDate, offsetHours = VIETNAM_UTC_OFFSET_HOURS): CivilDate | null {
  const startYear = lunar.month < 11 ? lunar.year - 1 : lunar.year;
  const previous11 = month11Start(startYear, offsetHours);
  const next11 = month11Start(startYear + 1, offsetHours);
  let offset = (lunar.month - 11 + 12) % 12;
  if (next11 - previous11 > 365) {
    const leapOffset = leapMonthOffset(previous11, offsetHours);
    const leapMonth = ((leapOffset + 9) % 12) + 1;
    if (lunar.leap && lunar.month !== leapMonth) return null;
    if (lunar.leap || offset >= leapOffset) offset += 1;
  } else if (lunar.leap) return null;
  const k = Math.floor(0.5 + (previous11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  return civilDateOfJulianDay(newMoonDay(k + offset, offsetHours) + lunar.day - 1);
}

/** Solar date of Tết Nguyên đán, the first day of lunar `year`. */
export function lunarNewYear(year: number, offsetHours = VIETNAM_UTC_OFFSET_HOURS): CivilDate {
  // Only a leap month can be missing, so a non-leap lunar date always converts.
  return lunarToSolar({ year, month: 1, day: 1, leap: false }, offsetHours) as CivilDate;
}

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { parseLocalDate } from '../time/local-date.js';

/**
 * Dates as Decree 30/2020/NĐ-CP writes them on an official letter: "Thanh Hóa, ngày 05 tháng 02 năm 2026"
 * (days below 10 and the months January and February take a leading zero, other months do not).
 */
export function officialDateLine(place: string, localDate: string): string {
  const { year, month, day } = parseLocalDate(localDate);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** `dd/mm/yyyy HH:mm` on the wall clock of `timeZone`. */
export function localDateTime(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'dd/MM/yyyy HH:mm');
}

/** `dd/mm/yyyy` on the wall clock of `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'dd/MM/yyyy');
}

/** `HH:mm` on the wall clock of `timeZone`. */
export function localClock(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'HH:mm');
}

/** 'yyyy-mm-dd' on the wall clock of `timeZone`. */
export function localIsoDate(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

import { parseClockTime, toLocalMoment } from '../time/local-time.js';

/** When the daily digest goes out unless a province sets another time (the seeds' afternoon round-up). */
export const DEFAULT_DIGEST_TIME = '16:30';

/**
 * The local date whose digest is due at `now`: today once the wall clock in `timeZone` has reached
 * `digestTime`, else null. Days that `isWorkingDay` refuses (weekends, holidays) have no digest; their
 * open requests appear in the next working day's letter.
 */
export function digestDueNow(
  now: Date,
  digestTime: string,
  timeZone: string,
  isWorkingDay: (localDate: string) => boolean = () => true,
): string | null {
  const moment = toLocalMoment(now, timeZone);
  if (moment.minuteOfDay < parseClockTime(digestTime)) return null;
  return isWorkingDay(moment.date) ? moment.date : null;
}

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** "16:30 07/05/2026": how deadlines read in Vietnamese letters and e-mails (Asia/Ho_Chi_Minh). */
export function formatDateTimeVn(instant: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  return format(new TZDate(instant.getTime(), timeZone), 'HH:mm dd/MM/yyyy');
}

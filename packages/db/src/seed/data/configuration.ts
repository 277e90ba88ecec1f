/**
 * Configuration the seed letters do not state, filled with plausible demo values: SLA classes
 * (modelled on Thanh Hóa's Decision 4678, whose exact deadlines a province enters itself), topic
 * defaults, one yearly day off, and Hải Dương's branch-3 duty roster (placeholder names).
 */
export interface SeedSlaClass {
  code: string;
  name: string;
  acknowledge: { amount: number; unit: 'working_hours' | 'working_days' | 'clock_hours' };
  answer: { amount: number; unit: 'working_hours' | 'working_days' | 'clock_hours' };
}

export const DEFAULT_SLA_CLASSES: SeedSlaClass[] = [
  {
    code: 'KHAN',
    name: 'Khẩn cấp (y tế, nghi nhiễm)',
    acknowledge: { amount: 1, unit: 'clock_hours' },
    answer: { amount: 8, unit: 'clock_hours' },
  },
  {
    code: 'THUONG',
    name: 'Thông thường',
    acknowledge: { amount: 4, unit: 'working_hours' },
    answer: { amount: 3, unit: 'working_days' },
  },
];

/** Topic code → default agency code and SLA class code, per province slug. */
export const TOPIC_DEFAULTS: Record<string, Record<string, { agency?: string; sla: string }>> = {
  thanhhoa: {
    T02: { agency: 'CDC', sla: 'KHAN' },
    T03: { agency: 'SYT', sla: 'KHAN' },
    T04: { agency: 'SLDTBXH', sla: 'THUONG' },
    T06: { agency: 'SGTVT', sla: 'THUONG' },
    T07: { agency: 'CAT', sla: 'KHAN' },
    T08: { agency: 'CDC', sla: 'KHAN' },
  },
  binhthuan: {
    BT01: { agency: 'SYT', sla: 'KHAN' },
    BT03: { agency: 'SCT', sla: 'THUONG' },
    BT04: { agency: 'SGTVT', sla: 'THUONG' },
    BT05: { agency: 'SLDTBXH', sla: 'THUONG' },
    BT06: { agency: 'CDC', sla: 'THUONG' },
  },
  haiduong: {
    HD02: { agency: 'SYT', sla: 'KHAN' },
  },
};

/** A province-decided day off beyond the statutory holidays (the Tết extension is set yearly). */
export const DEMO_CALENDAR_DAYS = [
  {
    day: '2027-02-10',
    kind: 'day_off' as const,
    name: 'Nghỉ Tết Nguyên đán (bổ sung theo quyết định hằng năm)',
  },
];

/** The Monday of the week containing `d`, as yyyy-mm-dd in Vietnam's time zone. */
export function mondayOf(d: Date): string {
  const local = new Date(d.getTime() + 7 * 3_600_000);
  const weekday = (local.getUTCDay() + 6) % 7;
  local.setUTCDate(local.getUTCDate() - weekday);
  return local.toISOString().slice(0, 10);
}

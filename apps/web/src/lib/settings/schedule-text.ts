/**
 * A hotline's availability as one line of text, so it can be edited in a plain form:
 * "24/7", or "T2-T6 07:00-11:30, 13:30-17:00; T7 07:00-11:00" (T2 = Monday … CN = Sunday).
 */
export interface Slot {
  weekday: number;
  start: string;
  end: string;
}
export type Schedule = { kind: '24/7' } | { kind: 'weekly'; slots: Slot[] };

export type ScheduleError =
  | { error: 'day'; text: string }
  | { error: 'time'; text: string }
  | { error: 'order'; text: string }
  | { error: 'group'; text: string };
export type ParsedSchedule = { ok: true; schedule: Schedule } | ({ ok: false } & ScheduleError);

const ALWAYS = new Set(['', '24/7', '24/24', '24h', 'ca ngay', 'always']);
const TIME_RANGE = /(\d{1,2})\s*[:hg.]\s*(\d{2})\s*[-–—]\s*(\d{1,2})\s*[:hg.]\s*(\d{2})/g;
const FIRST_TIME = /\d{1,2}\s*[:hg.]\s*\d{2}\s*[-–—]/;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** "T2", "t 2", "Thứ 2", "thu hai" … "CN", "Chủ nhật" → 1 … 7. */
function weekdayOf(token: string): number | null {
  const t = fold(token).replace(/\s/g, '');
  if (t === 'cn' || t === 'chunhat') return 7;
  const words = ['hai', 'ba', 'tu', 'nam', 'sau', 'bay'];
  const m = /^(?:t|thu)([2-7]|hai|ba|tu|nam|sau|bay)$/.exec(t);
  if (!m) return null;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : words.indexOf(m[1]!) + 2;
  return n - 1;
}

function parseDays(text: string): number[] | null {
  const days: number[] = [];
  for (const item of text.split(',').map((s) => s.trim())) {
    const [from, to, ...rest] = item.split(/\s*[-–—]\s*/);
    const a = weekdayOf(from ?? '');
    const b = to === undefined ? a : weekdayOf(to);
    if (a === null || b === null || rest.length > 0 || b < a) return null;
    for (let d = a; d <= b; d += 1) days.push(d);
  }
  return days;
}

const pad = (n: string) => n.padStart(2, '0');

export function parseScheduleText(input: string): ParsedSchedule {
  if (ALWAYS.has(fold(input))) return { ok: true, schedule: { kind: '24/7' } };
  const slots = new Map<string, Slot>();
  for (const group of input
    .split(/[;\n]/)
    .map((g) => g.trim())
    .filter(Boolean)) {
    const at = group.search(FIRST_TIME);
    if (at <= 0) return { ok: false, error: 'group', text: group };
    const dayText = group.slice(0, at).trim();
    const days = parseDays(dayText);
    if (!days) return { ok: false, error: 'day', text: dayText };
    const timeText = group.slice(at);
    const ranges = [...timeText.matchAll(TIME_RANGE)];
    if (timeText.replace(TIME_RANGE, '').replace(/[\s,]/g, '') !== '') {
      return { ok: false, error: 'time', text: timeText.trim() };
    }
    for (const [raw, h1, m1, h2, m2] of ranges) {
      if (Number(h1) > 23 || Number(h2) > 23 || Number(m1) > 59 || Number(m2) > 59) {
        return { ok: false, error: 'time', text: raw.trim() };
      }
      const start = `${pad(h1!)}:${m1}`;
      const end = `${pad(h2!)}:${m2}`;
      if (start >= end) return { ok: false, error: 'order', text: raw.trim() };
      for (const weekday of days) slots.set(`${weekday} ${start}`, { weekday, start, end });
    }
  }
  const sorted = [...slots.values()].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  return { ok: true, schedule: { kind: 'weekly', slots: sorted } };
}

const dayName = (d: number) => (d === 7 ? 'CN' : `T${d + 1}`);

/** The text `parseScheduleText` reads back: consecutive days with the same hours are one range. */
export function formatScheduleText(schedule: Schedule): string {
  if (schedule.kind === '24/7') return '24/7';
  const byDay = new Map<number, string>();
  for (const s of [...schedule.slots].sort(
    (a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start),
  )) {
    const range = `${s.start}-${s.end}`;
    byDay.set(s.weekday, byDay.has(s.weekday) ? `${byDay.get(s.weekday)}, ${range}` : range);
  }
  const groups: { from: number; to: number; hours: string }[] = [];
  for (const [day, hours] of [...byDay.entries()].sort((a, b) => a[0] - b[0])) {
    const last = groups.at(-1);
    if (last && last.hours === hours && last.to === day - 1) last.to = day;
    else groups.push({ from: day, to: day, hours });
  }
  return groups
    .map((g) => `${g.from === g.to ? dayName(g.from) : `${dayName(g.from)}-${dayName(g.to)}`} ${g.hours}`)
    .join('; ');
}

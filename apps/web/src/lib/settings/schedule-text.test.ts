import { describe, expect, it } from 'vitest';
import { formatScheduleText, parseScheduleText } from './schedule-text.js';

describe('parseScheduleText', () => {
  it('reads blank and 24/7 as around the clock', () => {
    expect(parseScheduleText('')).toEqual({ ok: true, schedule: { kind: '24/7' } });
    expect(parseScheduleText(' 24/7 ')).toEqual({ ok: true, schedule: { kind: '24/7' } });
  });

  it('reads office hours on weekdays and a Saturday morning', () => {
    const parsed = parseScheduleText('T2-T6 07:00-11:30, 13:30-17:00; T7 7h00-11h00');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.schedule.kind !== 'weekly') throw new Error('expected weekly');
    expect(parsed.schedule.slots).toHaveLength(11);
    expect(parsed.schedule.slots[0]).toEqual({ weekday: 1, start: '07:00', end: '11:30' });
    expect(parsed.schedule.slots.at(-1)).toEqual({ weekday: 6, start: '07:00', end: '11:00' });
  });

  it('accepts Vietnamese day names with accents and Sunday', () => {
    const parsed = parseScheduleText('Thứ 2, thứ tư 08:00-12:00; Chủ nhật 08:00–10:00');
    expect(
      parsed.ok && parsed.schedule.kind === 'weekly' && parsed.schedule.slots.map((s) => s.weekday),
    ).toEqual([1, 3, 7]);
  });

  it('says which part it could not read', () => {
    expect(parseScheduleText('T9 07:00-11:00')).toEqual({ ok: false, error: 'day', text: 'T9' });
    expect(parseScheduleText('T2 25:00-26:00')).toMatchObject({ ok: false, error: 'time' });
    expect(parseScheduleText('T2 11:00-07:00')).toEqual({ ok: false, error: 'order', text: '11:00-07:00' });
    expect(parseScheduleText('giờ hành chính')).toMatchObject({ ok: false, error: 'group' });
    expect(parseScheduleText('T2 07:00-11:00 sáng')).toMatchObject({ ok: false, error: 'time' });
    expect(parseScheduleText('T6-T2 07:00-11:00')).toMatchObject({ ok: false, error: 'day' });
  });
});

describe('formatScheduleText', () => {
  it('writes ranges of days with the same hours and reads back the same schedule', () => {
    const text = 'T2-T6 07:00-11:30, 13:30-17:00; T7 07:00-11:00';
    const parsed = parseScheduleText(text);
    if (!parsed.ok) throw new Error('expected ok');
    expect(formatScheduleText(parsed.schedule)).toBe(text);
  });

  it('keeps separate days apart and writes 24/7', () => {
    expect(
      formatScheduleText({
        kind: 'weekly',
        slots: [
          { weekday: 7, start: '08:00', end: '10:00' },
          { weekday: 1, start: '08:00', end: '10:00' },
          { weekday: 3, start: '08:00', end: '10:00' },
        ],
      }),
    ).toBe('T2 08:00-10:00; T4 08:00-10:00; CN 08:00-10:00');
    expect(formatScheduleText({ kind: '24/7' })).toBe('24/7');
  });
});

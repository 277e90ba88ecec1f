import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../cases/case-types.js';
import { caseStatusesFor, commaList, open311StatusNote, open311StatusOf, open311Window } from './open311.js';

const now = new Date('2026-05-20T00:00:00Z');
const day = 86_400_000;

describe('Open311 statuses', () => {
  it('only closed and merged cases are closed', () => {
    expect(caseStatusesFor(['closed'])).toEqual(['closed', 'merged']);
    expect(caseStatusesFor(['open'])).toHaveLength(CASE_STATUSES.length - 2);
    expect(caseStatusesFor(['open', 'closed'])).toEqual([...CASE_STATUSES]);
    expect(open311StatusOf('answered')).toBe('open');
  });

  it('has a note for every status', () => {
    for (const s of CASE_STATUSES) expect(open311StatusNote(s).length).toBeGreaterThan(5);
  });
});

describe('commaList', () => {
  it('splits, trims and removes blanks and repeats', () => {
    expect(commaList(' T01, T02,,T01 ')).toEqual(['T01', 'T02']);
    expect(commaList(undefined)).toEqual([]);
  });
});

describe('open311Window', () => {
  it('defaults to the last 90 days', () => {
    expect(open311Window(undefined, undefined, now)).toEqual({
      ok: true,
      from: new Date(now.getTime() - 90 * day),
      to: now,
    });
  });

  it('extends one given end by 90 days', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    expect(open311Window(start, undefined, now)).toEqual({
      ok: true,
      from: start,
      to: new Date(start.getTime() + 90 * day),
    });
    expect(open311Window(undefined, start, now)).toEqual({
      ok: true,
      from: new Date(start.getTime() - 90 * day),
      to: start,
    });
  });

  it('accepts exactly 90 days and refuses more, or a reversed window', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    expect(open311Window(start, new Date(start.getTime() + 90 * day), now).ok).toBe(true);
    const tooLong = open311Window(start, new Date(start.getTime() + 90 * day + 1), now);
    expect(tooLong).toEqual({ ok: false, message: 'Khoảng thời gian tối đa là 90 ngày.' });
    expect(open311Window(now, start, now).ok).toBe(false);
  });
});

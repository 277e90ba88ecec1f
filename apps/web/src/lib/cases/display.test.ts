import type { CaseListItem } from '@tongdai/contracts';
import { describe, expect, it } from 'vitest';
import { caseRow, dueText, slaTone, timeLeft } from './display.js';

const item: CaseListItem = {
  id: 'c1',
  code: 'TH-2026-000123',
  channel: 'hotline',
  receivedAt: '2026-05-04T01:15:00.000Z',
  status: 'escalated',
  urgency: 'urgent',
  slaState: 'at_risk',
  dueAt: '2026-05-06T09:30:00.000Z',
  topicId: 't1',
  topicName: 'Tư vấn y tế',
  agencyId: 'a1',
  agencyName: 'Sở Y tế',
  operatorId: null,
  operatorName: null,
  preview: 'Hỏi nơi xét nghiệm',
  citizenPhone: '0913 *** 916',
  citizenName: 'N. V. A.',
};

describe('dueText', () => {
  it('is dd/mm/yyyy HH:mm in Vietnam whatever the instant’s offset', () => {
    expect(dueText('2026-05-06T09:30:00.000Z')).toBe('06/05/2026 16:30');
    expect(dueText('2026-12-31T17:05:00Z')).toBe('01/01/2027 00:05');
    expect(dueText('2026-05-06T08:00:00+07:00')).toBe('06/05/2026 08:00');
  });

  it('is null without a (readable) deadline', () => {
    expect(dueText(null)).toBeNull();
    expect(dueText('')).toBeNull();
    expect(dueText('not a date')).toBeNull();
  });
});

describe('caseRow', () => {
  it('formats times and keeps the masked phone as the API sent it', () => {
    expect(caseRow(item)).toMatchObject({
      receivedAt: '04/05/2026 08:15',
      due: '06/05/2026 16:30',
      urgent: true,
      phone: '0913 *** 916',
      citizenName: 'N. V. A.',
    });
    expect(caseRow({ ...item, dueAt: null, urgency: null }).due).toBeNull();
  });
});

describe('slaTone', () => {
  it('colours the state while the clock runs, and nothing once answered', () => {
    expect(slaTone('on_track', 'escalated')).toBe('ok');
    expect(slaTone('at_risk', 'escalated')).toBe('warn');
    expect(slaTone('breached')).toBe('bad');
    expect(slaTone('breached', 'answered')).toBe('idle');
    expect(slaTone('at_risk', 'closed')).toBe('idle');
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-05-06T06:00:00Z');
  it('counts down in the two largest units', () => {
    expect(timeLeft('2026-05-06T09:30:00Z', now)).toEqual({
      key: 'cases.left.hours',
      params: { hours: 3, minutes: 30 },
    });
    expect(timeLeft('2026-05-08T09:00:00Z', now)).toEqual({
      key: 'cases.left.days',
      params: { days: 2, hours: 3 },
    });
    expect(timeLeft('2026-05-06T06:00:59Z', now)).toEqual({
      key: 'cases.left.minutes',
      params: { minutes: 0 },
    });
  });

  it('says how late an overdue case is', () => {
    expect(timeLeft('2026-05-06T05:15:00Z', now)).toEqual({
      key: 'cases.overdue.minutes',
      params: { minutes: 45 },
    });
    expect(timeLeft('2026-05-04T04:00:00Z', now)).toEqual({
      key: 'cases.overdue.days',
      params: { days: 2, hours: 2 },
    });
  });

  it('has nothing to say without a deadline', () => {
    expect(timeLeft(null, now)).toBeNull();
    expect(timeLeft('soon', now)).toBeNull();
  });
});

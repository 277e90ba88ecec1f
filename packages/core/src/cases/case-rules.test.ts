import { describe, expect, it } from 'vitest';
import { ALLOWED_FROM, statusRefusal } from './case-rules.js';
import { CASE_EVENT_TYPES, CASE_STATUSES, newCaseSnapshot, type CaseStatus } from './case-types.js';

const classified = { ...newCaseSnapshot(), status: 'classified' as const, topicId: 't', slaClassId: 's' };

describe('ALLOWED_FROM', () => {
  it('never lets anything happen to a merged case', () => {
    for (const type of CASE_EVENT_TYPES) expect(ALLOWED_FROM[type]).not.toContain('merged');
  });

  it('leaves every other status a way forward besides a note', () => {
    for (const status of CASE_STATUSES.filter((s) => s !== 'merged')) {
      const ways = CASE_EVENT_TYPES.filter((type) => type !== 'note' && ALLOWED_FROM[type].includes(status));
      expect(ways.length, status).toBeGreaterThan(0);
    }
  });

  it('lets the clock pause only where the brief allows it', () => {
    expect(ALLOWED_FROM.request_info).toEqual<CaseStatus[]>(['classified', 'escalated', 'acknowledged']);
  });
});

describe('statusRefusal', () => {
  it('reports a merged case as terminal before anything else', () => {
    const merged = { ...newCaseSnapshot(), status: 'merged' as const, mergedInto: 'case-1' };
    expect(statusRefusal(merged, 'escalate')?.code).toBe('already_terminal');
    expect(statusRefusal(merged, 'relay')?.code).toBe('already_terminal');
  });

  it('asks for a classification rather than calling the step illegal', () => {
    expect(statusRefusal(newCaseSnapshot(), 'escalate')?.code).toBe('missing_classification');
    expect(statusRefusal({ ...classified, slaClassId: null }, 'escalate')?.code).toBe(
      'missing_classification',
    );
    expect(statusRefusal(newCaseSnapshot(), 'agency_answer')?.code).toBe('illegal_transition');
  });

  it('skips the reopen window when no time is given', () => {
    const closed = { ...classified, status: 'closed' as const, closedAt: new Date('2020-01-01T00:00:00Z') };
    expect(statusRefusal(closed, 'reopen')).toBeNull();
    expect(statusRefusal(closed, 'reopen', new Date('2026-01-01T00:00:00Z'))?.code).toBe(
      'reopen_window_passed',
    );
    expect(statusRefusal({ ...closed, closedAt: null }, 'reopen', new Date())?.code).toBe(
      'reopen_window_passed',
    );
  });

  it('returns null for an allowed event', () => {
    expect(statusRefusal(classified, 'escalate')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { CASE_EVENT_TYPES, CASE_STATUSES, isTerminal, newCaseSnapshot } from './case-types.js';

describe('case vocabulary', () => {
  it('treats only a merged case as terminal; a closed one can still be reopened', () => {
    expect(CASE_STATUSES.filter(isTerminal)).toEqual(['merged']);
  });

  it('lists each status and event type once', () => {
    expect(new Set(CASE_STATUSES).size).toBe(CASE_STATUSES.length);
    expect(new Set(CASE_EVENT_TYPES).size).toBe(CASE_EVENT_TYPES.length);
  });

  it('starts a case as received with nothing set and no paused time', () => {
    expect(newCaseSnapshot()).toMatchObject({ status: 'received', topicId: null, pausedMinutes: 0 });
    expect(newCaseSnapshot()).not.toBe(newCaseSnapshot());
  });
});

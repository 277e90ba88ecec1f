import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_POLICY, evaluateSession, sessionExpiresAt } from './session-policy.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const created = new Date('2026-03-01T00:00:00Z');
const at = (ms: number) => new Date(created.getTime() + ms);

describe('DEFAULT_SESSION_POLICY', () => {
  it('is 12 h inactivity, 5 min refresh, 30 days absolute, and frozen', () => {
    expect(DEFAULT_SESSION_POLICY).toEqual({
      inactivityTimeoutMs: 12 * HOUR,
      refreshIntervalMs: 5 * MINUTE,
      absoluteTimeoutMs: 30 * DAY,
    });
    expect(Object.isFrozen(DEFAULT_SESSION_POLICY)).toBe(true);
  });
});

describe('evaluateSession', () => {
  const policy = DEFAULT_SESSION_POLICY;

  it('is valid right after creation and until the refresh interval', () => {
    const s = { createdAt: created, lastVerifiedAt: created };
    expect(evaluateSession(s, created, policy)).toBe('valid');
    expect(evaluateSession(s, at(5 * MINUTE - 1), policy)).toBe('valid');
  });

  it('asks for a refresh once the refresh interval has passed', () => {
    const s = { createdAt: created, lastVerifiedAt: created };
    expect(evaluateSession(s, at(5 * MINUTE), policy)).toBe('refresh');
    expect(evaluateSession(s, at(12 * HOUR - 1), policy)).toBe('refresh');
  });

  it('expires after 12 h of inactivity, exactly at the boundary', () => {
    const s = { createdAt: created, lastVerifiedAt: created };
    expect(evaluateSession(s, at(12 * HOUR), policy)).toBe('expired');
  });

  it('slides: a recently verified old session stays valid', () => {
    const s = { createdAt: created, lastVerifiedAt: at(10 * DAY) };
    expect(evaluateSession(s, at(10 * DAY + MINUTE), policy)).toBe('valid');
    expect(evaluateSession(s, at(10 * DAY + 11 * HOUR), policy)).toBe('refresh');
  });

  it('expires at the absolute timeout even if used a second ago', () => {
    const s = { createdAt: created, lastVerifiedAt: at(30 * DAY - 1000) };
    expect(evaluateSession(s, at(30 * DAY - 1), policy)).toBe('valid');
    expect(evaluateSession(s, at(30 * DAY), policy)).toBe('expired');
  });

  it('uses the policy it is given and defaults to the house policy', () => {
    const strict = { inactivityTimeoutMs: 10 * MINUTE, refreshIntervalMs: MINUTE, absoluteTimeoutMs: HOUR };
    const s = { createdAt: created, lastVerifiedAt: created };
    expect(evaluateSession(s, at(10 * MINUTE), strict)).toBe('expired');
    expect(evaluateSession(s, at(10 * MINUTE))).toBe('refresh');
  });
});

describe('sessionExpiresAt', () => {
  it('is the inactivity deadline while it comes first', () => {
    const s = { createdAt: created, lastVerifiedAt: at(DAY) };
    expect(sessionExpiresAt(s)).toEqual(at(DAY + 12 * HOUR));
  });

  it('is capped by the absolute deadline', () => {
    const s = { createdAt: created, lastVerifiedAt: at(30 * DAY - HOUR) };
    expect(sessionExpiresAt(s)).toEqual(at(30 * DAY));
  });
});

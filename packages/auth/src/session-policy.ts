/**
 * When a session dies or needs its expiry pushed forward. Pure: the caller loads the session,
 * asks here, and deletes it ('expired') or bumps lastVerifiedAt ('refresh': sliding expiry).
 */
export interface SessionPolicy {
  inactivityTimeoutMs: number;
  refreshIntervalMs: number;
  absoluteTimeoutMs: number;
}

export interface SessionTimes {
  createdAt: Date;
  lastVerifiedAt: Date;
}

export type SessionState = 'expired' | 'valid' | 'refresh';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// An operator's shift fits inside 12 h of inactivity; 30 days forces a fresh login on shared call-centre PCs.
export const DEFAULT_SESSION_POLICY: Readonly<SessionPolicy> = Object.freeze({
  inactivityTimeoutMs: 12 * HOUR,
  refreshIntervalMs: 5 * MINUTE,
  absoluteTimeoutMs: 30 * DAY,
});

export function evaluateSession(
  session: SessionTimes,
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): SessionState {
  const idle = now.getTime() - session.lastVerifiedAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  if (idle >= policy.inactivityTimeoutMs || age >= policy.absoluteTimeoutMs) return 'expired';
  if (idle >= policy.refreshIntervalMs) return 'refresh';
  return 'valid';
}

/** The moment the session expires if left idle: the earlier of the two timeouts (for cookie Max-Age). */
export function sessionExpiresAt(
  session: SessionTimes,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Date {
  const idleEnd = session.lastVerifiedAt.getTime() + policy.inactivityTimeoutMs;
  const absoluteEnd = session.createdAt.getTime() + policy.absoluteTimeoutMs;
  return new Date(Math.min(idleEnd, absoluteEnd));
}

import { queries, type AppDb } from '@tongdai/db';
import type { Logger } from './logger.js';

/** A change to a case as pg_notify carries it: ids only, never personal data. */
export interface CaseChange {
  tenantId: string;
  caseId: string;
  /** The agencies that see the case before and after the change (agency staff scope). */
  agencyIds: string[];
  kind: string;
}

export interface CaseSubscriber {
  tenantId: string;
  /** `all` for operators and supervisors; agency staff only hear of their agency's cases. */
  scope: { kind: 'all' } | { kind: 'agency'; agencyId: string | null };
  send: (change: CaseChange) => void;
}

export interface CaseStreamHub {
  subscribe: (subscriber: CaseSubscriber) => Promise<() => void>;
  close: () => Promise<void>;
}

export function parseCaseChange(payload: string): CaseChange | null {
  try {
    const p = JSON.parse(payload) as { t?: unknown; c?: unknown; a?: unknown; k?: unknown };
    if (typeof p.t !== 'string' || typeof p.c !== 'string') return null;
    const agencyIds = Array.isArray(p.a) ? p.a.filter((x): x is string => typeof x === 'string') : [];
    return { tenantId: p.t, caseId: p.c, agencyIds, kind: typeof p.k === 'string' ? p.k : 'changed' };
  } catch {
    return null;
  }
}

export function hears(subscriber: CaseSubscriber, change: CaseChange): boolean {
  if (subscriber.tenantId !== change.tenantId) return false;
  if (subscriber.scope.kind === 'all') return true;
  const { agencyId } = subscriber.scope;
  return agencyId !== null && change.agencyIds.includes(agencyId);
}

/**
 * One LISTEN connection per API process (opened with the first subscriber, re-established by the
 * driver after a disconnect), fanned out to the SSE subscribers of the same province only.
 */
export function createCaseStreamHub(db: AppDb, logger: Logger): CaseStreamHub {
  const subscribers = new Set<CaseSubscriber>();
  let listening: Promise<{ unlisten: () => Promise<void> }> | null = null;
  const deliver = (payload: string) => {
    const change = parseCaseChange(payload);
    if (!change) return logger.warn({ payload }, 'unreadable case notification');
    for (const s of subscribers) {
      if (!hears(s, change)) continue;
      try {
        s.send(change);
      } catch (err) {
        logger.warn({ err }, 'case stream subscriber failed');
      }
    }
  };
  return {
    subscribe: async (subscriber) => {
      listening ??= db.listen(queries.CASE_CHANNEL, deliver).catch((err: unknown) => {
        listening = null;
        throw err;
      });
      await listening;
      subscribers.add(subscriber);
      return () => void subscribers.delete(subscriber);
    },
    close: async () => {
      subscribers.clear();
      const current = listening;
      listening = null;
      if (current) await (await current).unlisten().catch(() => undefined);
    },
  };
}

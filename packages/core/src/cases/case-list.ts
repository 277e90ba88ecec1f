import { isUuid } from '../ids.js';
import type { CaseStatus } from './case-types.js';

/** Statuses in which a case still needs work: inbox queues and supervisors' counts read only these. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = [
  'received',
  'classified',
  'transferring',
  'escalated',
  'acknowledged',
  'waiting_citizen',
  'answered',
  'relayed',
];

export function isOpenStatus(status: CaseStatus): boolean {
  return OPEN_CASE_STATUSES.includes(status);
}

/**
 * Keyset pagination over (received_at desc, id desc): the cursor is the last row's position, opaque
 * to clients (base64url). Offsets would slow down with depth and skip rows as new cases arrive.
 */
export interface CaseCursor {
  receivedAt: Date;
  id: string;
}

// The cursor text is ASCII (an ISO instant and a UUID), so btoa/atob suffice in Node and browsers.
export function encodeCaseCursor(cursor: CaseCursor): string {
  const text = `${cursor.receivedAt.toISOString()}|${cursor.id}`;
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** null for anything `encodeCaseCursor` would not produce. */
export function decodeCaseCursor(value: string): CaseCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  let text: string;
  try {
    text = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  const [iso, id, ...rest] = text.split('|');
  if (rest.length > 0 || !iso || !id || !isUuid(id)) return null;
  const receivedAt = new Date(iso);
  if (Number.isNaN(receivedAt.getTime()) || receivedAt.toISOString() !== iso) return null;
  return { receivedAt, id };
}

/** Who may take a case: nobody once it is closed or merged; a claimed case only by its operator. */
export function claimRefusal(
  status: CaseStatus,
  operatorId: string | null,
  userId: string,
): 'closed' | 'taken' | null {
  if (!isOpenStatus(status)) return 'closed';
  if (operatorId !== null && operatorId !== userId) return 'taken';
  return null;
}

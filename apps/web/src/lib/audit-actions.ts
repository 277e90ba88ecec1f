import { vi } from './i18n/vi.js';
import type { MessageKey } from './i18n/index.js';

const PREFIX = 'audit.a.';

/** Actions the catalogue names, for the filter and the table; others are shown as the API wrote them. */
export const KNOWN_AUDIT_ACTIONS: string[] = Object.keys(vi)
  .filter((key) => key.startsWith(PREFIX))
  .map((key) => key.slice(PREFIX.length));

export function auditActionKey(action: string): MessageKey | null {
  const key = `${PREFIX}${action}`;
  return key in vi ? (key as MessageKey) : null;
}

import { describe, expect, it } from 'vitest';
import { auditActionKey, KNOWN_AUDIT_ACTIONS } from './audit-actions.js';

describe('audit actions', () => {
  it('names the actions the API writes', () => {
    expect(auditActionKey('auth.login_failed')).toBe('audit.a.auth.login_failed');
    expect(KNOWN_AUDIT_ACTIONS).toContain('member.approve');
  });

  it('leaves unknown actions untranslated', () => {
    expect(auditActionKey('something.new')).toBeNull();
    expect(auditActionKey('constructor')).toBeNull();
  });
});

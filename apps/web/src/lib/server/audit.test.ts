import { describe, expect, it } from 'vitest';
import { auditFilters, describeDetails } from './audit.js';

describe('auditFilters', () => {
  it('keeps the filled-in filters only', () => {
    const params = new URLSearchParams('action=auth.login_failed&actor=&from=2024-01-02&to=&before=120&x=1');
    expect(auditFilters(params)).toEqual({ action: 'auth.login_failed', from: '2024-01-02', before: '120' });
  });
});

describe('describeDetails', () => {
  it('writes details on one line, nested objects flattened', () => {
    expect(describeDetails({ reason: 'unknown_email', to: { role: 'operator', agencyId: null }, n: 2 })).toBe(
      'reason: unknown_email · to: role=operator, agencyId=— · n: 2',
    );
    expect(describeDetails({})).toBe('');
    expect(describeDetails(null)).toBe('');
  });
});

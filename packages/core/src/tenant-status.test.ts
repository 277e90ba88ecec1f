import { describe, expect, it } from 'vitest';
import { isServedTenantStatus, TENANT_STATUSES } from './tenant-status.js';

describe('isServedTenantStatus', () => {
  it('serves active and onboarding provinces, not suspended or merged ones', () => {
    const served = Object.fromEntries(TENANT_STATUSES.map((s) => [s, isServedTenantStatus(s)]));
    expect(served).toEqual({ onboarding: true, active: true, suspended: false, merged: false });
  });
});

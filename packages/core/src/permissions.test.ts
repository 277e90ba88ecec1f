import { describe, expect, it } from 'vitest';
import {
  can,
  homePathFor,
  PERMISSIONS,
  permissionsOf,
  requiresTwoFactor,
  TENANT_ROLES,
} from './permissions.js';

describe('permissions', () => {
  it('lets tenant admins manage members but not handle cases', () => {
    expect(can('tenant_admin', 'members.manage')).toBe(true);
    expect(can('tenant_admin', 'cases.handle')).toBe(false);
  });

  it('keeps agency staff to their agency’s cases', () => {
    expect(can('agency_staff', 'cases.read_agency')).toBe(true);
    expect(can('agency_staff', 'cases.read_all')).toBe(false);
    expect(can('agency_staff', 'members.read')).toBe(false);
  });

  it('gives the ministry viewer national aggregates and nothing of a province', () => {
    expect(permissionsOf('ministry_viewer')).toEqual(['national.read']);
    for (const p of PERMISSIONS.filter((x) => x !== 'national.read')) {
      expect(can('ministry_viewer', p)).toBe(false);
    }
  });

  it('gives no tenant role the platform or national permissions', () => {
    for (const role of TENANT_ROLES) {
      expect(can(role, 'tenants.manage')).toBe(false);
      expect(can(role, 'national.read')).toBe(false);
    }
  });

  it('lets admins and supervisors manage the FAQ, operators only search its internal entries', () => {
    expect(can('tenant_admin', 'faq.manage')).toBe(true);
    expect(can('supervisor', 'faq.manage')).toBe(true);
    expect(can('operator', 'faq.manage')).toBe(false);
    expect(can('operator', 'faq.read_internal')).toBe(true);
    expect(can('agency_staff', 'faq.read_internal')).toBe(false);
  });

  it('denies everything without a role', () => {
    expect(can(null, 'directory.read')).toBe(false);
    expect(permissionsOf(undefined)).toEqual([]);
  });

  it('requires a second factor for admins only', () => {
    expect(requiresTwoFactor('tenant_admin')).toBe(true);
    expect(requiresTwoFactor('platform_admin')).toBe(true);
    expect(requiresTwoFactor('operator')).toBe(false);
  });

  it('sends each role to its home', () => {
    expect(homePathFor('operator')).toBe('/tong-dai-vien');
    expect(homePathFor('tenant_admin')).toBe('/quan-tri');
  });
});

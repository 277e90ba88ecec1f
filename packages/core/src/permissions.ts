/**
 * Who may do what. One table for the whole platform: the API checks it on every route, the UI reads it
 * to hide what a role cannot do. Tenant roles act inside one province; platform roles on the base
 * domain (platform admin) or on national. (ministry viewer, aggregates only).
 */
export const TENANT_ROLES = ['tenant_admin', 'supervisor', 'operator', 'agency_staff'] as const;
export const PLATFORM_ROLES = ['platform_admin', 'ministry_viewer'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export type Role = TenantRole | PlatformRole;

export const PERMISSIONS = [
  'members.read',
  'members.manage',
  'audit.read',
  'settings.manage',
  'directory.read',
  'faq.manage',
  /** Internal (operators-only) FAQ entries in search and suggestions. */
  'faq.read_internal',
  'cases.read_all',
  'cases.handle',
  'cases.read_agency',
  'cases.answer_agency',
  /** Citizens' contact details in full on the case page (others see them masked). */
  'cases.read_personal',
  /** Queues, SLA risk and breaches per agency and operator; assigning cases to operators. */
  'cases.supervise',
  'reports.read',
  /** The daily digest letters to agencies (agency staff: their own agency's only, by the database). */
  'digests.read',
  /** Issue today's digests now instead of waiting for the scheduled time. */
  'digests.run',
  'tenants.manage',
  'national.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  tenant_admin: [
    'members.read',
    'members.manage',
    'audit.read',
    'settings.manage',
    'directory.read',
    'faq.manage',
    'faq.read_internal',
    'cases.read_all',
    'cases.supervise',
    'reports.read',
    'digests.read',
    'digests.run',
  ],
  supervisor: [
    'members.read',
    'directory.read',
    'faq.manage',
    'faq.read_internal',
    'cases.read_all',
    'cases.handle',
    'cases.read_personal',
    'cases.supervise',
    'reports.read',
    'digests.read',
    'digests.run',
  ],
  operator: ['directory.read', 'faq.read_internal', 'cases.read_all', 'cases.handle', 'cases.read_personal'],
  agency_staff: ['directory.read', 'cases.read_agency', 'cases.answer_agency', 'digests.read'],
  platform_admin: ['tenants.manage'],
  ministry_viewer: ['national.read'],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? GRANTS[role].includes(permission) : false;
}

export function permissionsOf(role: Role | null | undefined): Permission[] {
  return role ? [...GRANTS[role]] : [];
}

/** Roles that must sign in with a second factor. */
export function requiresTwoFactor(role: Role | null | undefined): boolean {
  return role === 'tenant_admin' || role === 'platform_admin';
}

export function isTenantRole(value: string): value is TenantRole {
  return (TENANT_ROLES as readonly string[]).includes(value);
}

/** Roles a person may ask for when signing up on a province's site (admins are appointed). */
export const SELF_SIGNUP_ROLES: readonly TenantRole[] = ['operator', 'supervisor', 'agency_staff'];

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'tenant_admin':
      return '/quan-tri';
    case 'supervisor':
      return '/giam-sat';
    case 'operator':
      return '/tong-dai-vien';
    case 'agency_staff':
      return '/co-quan-xu-ly';
    case 'platform_admin':
      return '/nen-tang';
    case 'ministry_viewer':
      return '/tong-hop';
  }
}

/** A province's life on the platform, as the registry keeps it (`tenant_status`). */
export const TENANT_STATUSES = ['onboarding', 'active', 'suspended', 'merged'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/**
 * Whether the platform serves the province: its site answers and its jobs (SLA sweep, digests, relays)
 * run. A province being set up is served already; a suspended or merged one is not.
 */
export function isServedTenantStatus(status: TenantStatus): boolean {
  return status === 'active' || status === 'onboarding';
}

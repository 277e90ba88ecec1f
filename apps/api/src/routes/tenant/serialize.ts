import type { TenantSummaryOutput } from '@tongdai/contracts';
import type { Tenant } from '@tongdai/db';

export function toTenantSummary(t: Tenant): TenantSummaryOutput {
  return {
    slug: t.slug,
    name: t.name,
    officialName: t.officialName,
    areaCode: t.areaCode,
    timeZone: t.timeZone,
    status: t.status,
  };
}

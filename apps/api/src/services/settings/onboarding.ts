import { onboardingChecklist, readyToGoLive } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

export async function checklist(c: Context<AppEnv>) {
  const snapshot = await inTenant(c, (tx, tenantId) => queries.onboardingSnapshot(tx, tenantId));
  const items = onboardingChecklist(snapshot);
  // The counts behind the items, so screens can say "10 topics, 2 without a deadline class".
  return { status: c.get('tenant').status, ready: readyToGoLive(items), items, counts: snapshot };
}

/** Opens the province to the public once nothing required is missing. */
export async function goLive(c: Context<AppEnv>) {
  const tenant = c.get('tenant');
  const { ready, items } = await checklist(c);
  if (!ready) {
    const missing = items.filter((i) => i.required && !i.done);
    throw new ApiError(
      'CONFLICT',
      'Chưa thể đưa vào vận hành: còn thiếu một số mục bắt buộc.',
      missing.map((i) => ({ path: i.key, message: i.message })),
    );
  }
  if (tenant.status !== 'active') await c.get('deps').registry.setTenantStatus(tenant.slug, 'active');
  await inTenant(c, (tx, tenantId) => audit(c, tx, tenantId, { action: 'tenant.went_live' }));
  return { status: 'active' as const };
}

export async function updateProvinceDetails(
  c: Context<AppEnv>,
  values: { officialName: string; areaCode: string },
) {
  const tenant = c.get('tenant');
  await c.get('deps').registry.updateTenantDetails(tenant.id, values);
  await inTenant(c, (tx, tenantId) =>
    audit(c, tx, tenantId, {
      action: 'settings.province_updated',
      details: { from: { officialName: tenant.officialName, areaCode: tenant.areaCode }, to: values },
    }),
  );
}

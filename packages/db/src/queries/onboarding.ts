import type { OnboardingSnapshot } from '@tongdai/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.js';

/** Counts the checklist needs, in one round trip; row-level security keeps them to this province. */
export async function onboardingSnapshot(tx: Tx, tenantId: string): Promise<OnboardingSnapshot> {
  const rows = await tx.execute<Record<keyof OnboardingSnapshot, number | boolean>>(sql`
    select
      (select count(*) from channels where tenant_id = ${tenantId} and kind = 'hotline')::int as "hotlineChannels",
      (select count(*) from channels where tenant_id = ${tenantId} and kind <> 'hotline')::int as "otherChannels",
      (select count(*) from topics where tenant_id = ${tenantId})::int as "topics",
      (select count(*) from topics where tenant_id = ${tenantId} and sla_class_id is null)::int as "topicsWithoutSla",
      (select count(*) from agencies where tenant_id = ${tenantId} and active)::int as "agencies",
      (select count(*) from agencies a where a.tenant_id = ${tenantId} and a.active and a.transfer_enabled
         and not exists (select 1 from agency_hotlines h
                         where h.tenant_id = a.tenant_id and h.agency_id = a.id and h.active))::int
        as "transferAgenciesWithoutNumbers",
      (select count(*) from sla_classes where tenant_id = ${tenantId})::int as "slaClasses",
      exists (select 1 from working_calendars where tenant_id = ${tenantId}) as "calendarConfigured",
      (select count(*) from faq_entries where tenant_id = ${tenantId} and state = 'public')::int as "publicFaq",
      (select count(*) from memberships where tenant_id = ${tenantId} and status = 'active'
         and role in ('operator', 'supervisor'))::int as "activeOperators",
      (select count(*) from invitations where tenant_id = ${tenantId} and accepted_at is null
         and expires_at > now() and role in ('operator', 'supervisor'))::int as "pendingInvitations"`);
  return rows[0] as unknown as OnboardingSnapshot;
}

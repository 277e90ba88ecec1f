import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies, agencyHotlines } from '../schema/agencies.js';

export interface AgencyWithHotlines {
  id: string;
  code: string;
  name: string;
  kind: (typeof agencies.kind.enumValues)[number];
  transferEnabled: boolean;
  hotlines: { phone: string; position: number; active: boolean }[];
}

/** Active agencies with their active numbers, in failover order: what operators and the public see. */
export async function listAgencies(tx: Tx, tenantId: string, onlyId?: string): Promise<AgencyWithHotlines[]> {
  const rows = await tx
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      kind: agencies.kind,
      transferEnabled: agencies.transferEnabled,
      phone: agencyHotlines.phone,
      position: agencyHotlines.position,
      active: agencyHotlines.active,
    })
    .from(agencies)
    .leftJoin(
      agencyHotlines,
      and(
        eq(agencyHotlines.tenantId, agencies.tenantId),
        eq(agencyHotlines.agencyId, agencies.id),
        eq(agencyHotlines.active, true),
      ),
    )
    .where(
      and(
        eq(agencies.tenantId, tenantId),
        eq(agencies.active, true),
        onlyId ? eq(agencies.id, onlyId) : undefined,
      ),
    )
    .orderBy(asc(agencies.position), asc(agencies.name), asc(agencyHotlines.position));
  const byId = new Map<string, AgencyWithHotlines>();
  for (const r of rows) {
    let agency = byId.get(r.id);
    if (!agency) {
      agency = {
        id: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind,
        transferEnabled: r.transferEnabled,
        hotlines: [],
      };
      byId.set(r.id, agency);
    }
    if (r.phone !== null && r.position !== null && r.active !== null) {
      agency.hotlines.push({ phone: r.phone, position: r.position, active: r.active });
    }
  }
  return [...byId.values()];
}

export async function findAgency(tx: Tx, tenantId: string, id: string) {
  return (await listAgencies(tx, tenantId, id))[0];
}

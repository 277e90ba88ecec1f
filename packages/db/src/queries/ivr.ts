import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { ivrBranchAgencies, ivrBranches } from '../schema/ivr.js';
import { topics } from '../schema/topics.js';

export async function listIvrBranches(tx: Tx, tenantId: string) {
  const rows = await tx
    .select({
      id: ivrBranches.id,
      digit: ivrBranches.digit,
      label: ivrBranches.label,
      topicId: ivrBranches.topicId,
      topicName: topics.name,
      agencyId: agencies.id,
      agencyName: agencies.name,
    })
    .from(ivrBranches)
    .leftJoin(topics, and(eq(topics.tenantId, ivrBranches.tenantId), eq(topics.id, ivrBranches.topicId)))
    .leftJoin(
      ivrBranchAgencies,
      and(
        eq(ivrBranchAgencies.tenantId, ivrBranches.tenantId),
        eq(ivrBranchAgencies.branchId, ivrBranches.id),
      ),
    )
    .leftJoin(
      agencies,
      and(eq(agencies.tenantId, ivrBranchAgencies.tenantId), eq(agencies.id, ivrBranchAgencies.agencyId)),
    )
    .where(eq(ivrBranches.tenantId, tenantId))
    .orderBy(asc(ivrBranches.digit), asc(ivrBranchAgencies.position));
  const branches = new Map<
    string,
    {
      id: string;
      digit: string;
      label: string;
      topicId: string | null;
      topicName: string | null;
      agencies: { id: string; name: string }[];
    }
  >();
  for (const r of rows) {
    const b = branches.get(r.id) ?? {
      id: r.id,
      digit: r.digit,
      label: r.label,
      topicId: r.topicId,
      topicName: r.topicName,
      agencies: [],
    };
    branches.set(r.id, b);
    if (r.agencyId && r.agencyName) b.agencies.push({ id: r.agencyId, name: r.agencyName });
  }
  return [...branches.values()];
}

export interface IvrBranchValues {
  digit: string;
  label: string;
  topicId?: string | null;
  agencyIds: string[];
}

async function setBranchAgencies(tx: Tx, tenantId: string, branchId: string, agencyIds: string[]) {
  await tx
    .delete(ivrBranchAgencies)
    .where(and(eq(ivrBranchAgencies.tenantId, tenantId), eq(ivrBranchAgencies.branchId, branchId)));
  if (agencyIds.length > 0) {
    await tx
      .insert(ivrBranchAgencies)
      .values(agencyIds.map((agencyId, position) => ({ tenantId, branchId, agencyId, position })));
  }
}

export async function insertIvrBranch(tx: Tx, tenantId: string, values: IvrBranchValues) {
  const [row] = await tx
    .insert(ivrBranches)
    .values({ tenantId, digit: values.digit, label: values.label, topicId: values.topicId ?? null })
    .returning({ id: ivrBranches.id });
  await setBranchAgencies(tx, tenantId, row!.id, values.agencyIds);
  return row!.id;
}

export async function updateIvrBranch(tx: Tx, tenantId: string, id: string, values: IvrBranchValues) {
  const rows = await tx
    .update(ivrBranches)
    .set({ digit: values.digit, label: values.label, topicId: values.topicId ?? null })
    .where(and(eq(ivrBranches.tenantId, tenantId), eq(ivrBranches.id, id)))
    .returning({ id: ivrBranches.id });
  if (rows.length === 0) return false;
  await setBranchAgencies(tx, tenantId, id, values.agencyIds);
  return true;
}

export async function deleteIvrBranch(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .delete(ivrBranches)
    .where(and(eq(ivrBranches.tenantId, tenantId), eq(ivrBranches.id, id)))
    .returning({ id: ivrBranches.id });
  return rows.length > 0;
}

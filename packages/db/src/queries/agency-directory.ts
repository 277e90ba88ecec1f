import { and, asc, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../client.js';
import { agencies, agencyHotlines, type HotlineSchedule } from '../schema/agencies.js';
import { cases } from '../schema/cases.js';
import { dutyRoster } from '../schema/duty-roster.js';
import { invitations } from '../schema/invitations.js';
import { ivrBranchAgencies } from '../schema/ivr.js';
import { memberships } from '../schema/memberships.js';
import { topics } from '../schema/topics.js';

export type AgencyKindValue = (typeof agencies.kind.enumValues)[number];

export interface DirectoryHotline {
  phone: string;
  position: number;
  active: boolean;
  schedule: HotlineSchedule;
}

/** An agency with everything its settings form edits, hotlines in failover order. */
export interface DirectoryAgency {
  id: string;
  code: string;
  name: string;
  kind: AgencyKindValue;
  parentId: string | null;
  contactEmail: string | null;
  active: boolean;
  transferEnabled: boolean;
  position: number;
  hotlines: DirectoryHotline[];
}

export interface DirectoryAgencyValues {
  code: string;
  name: string;
  kind: AgencyKindValue;
  parentId: string | null;
  contactEmail: string | null;
  transferEnabled: boolean;
  active: boolean;
}

async function selectDirectory(tx: Tx, tenantId: string, id?: string): Promise<DirectoryAgency[]> {
  const byAgency: SQL[] = [eq(agencies.tenantId, tenantId)];
  if (id) byAgency.push(eq(agencies.id, id));
  const rows = await tx
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      kind: agencies.kind,
      parentId: agencies.parentId,
      contactEmail: agencies.contactEmail,
      active: agencies.active,
      transferEnabled: agencies.transferEnabled,
      position: agencies.position,
    })
    .from(agencies)
    .where(and(...byAgency))
    .orderBy(asc(agencies.position), asc(agencies.name));
  if (rows.length === 0) return [];
  const hotlines = await tx
    .select({
      agencyId: agencyHotlines.agencyId,
      phone: agencyHotlines.phone,
      position: agencyHotlines.position,
      active: agencyHotlines.active,
      schedule: agencyHotlines.schedule,
    })
    .from(agencyHotlines)
    .where(and(eq(agencyHotlines.tenantId, tenantId), ...(id ? [eq(agencyHotlines.agencyId, id)] : [])))
    .orderBy(asc(agencyHotlines.agencyId), asc(agencyHotlines.position));
  const result = rows.map((r) => ({ ...r, hotlines: [] as DirectoryHotline[] }));
  const byId = new Map(result.map((a) => [a.id, a]));
  for (const { agencyId, ...h } of hotlines) byId.get(agencyId)?.hotlines.push(h);
  return result;
}

export const listDirectoryAgencies = (tx: Tx, tenantId: string) => selectDirectory(tx, tenantId);

export async function findDirectoryAgency(tx: Tx, tenantId: string, id: string) {
  return (await selectDirectory(tx, tenantId, id))[0];
}

/** The agency holding `code`, other than `exceptId`. */
export async function findAgencyIdByCode(tx: Tx, tenantId: string, code: string, exceptId?: string) {
  const where = [eq(agencies.tenantId, tenantId), eq(agencies.code, code)];
  if (exceptId) where.push(ne(agencies.id, exceptId));
  const [row] = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(...where))
    .limit(1);
  return row?.id;
}

/** Every agency's parent, to check a new parent creates no cycle. */
export function listAgencyParentLinks(tx: Tx, tenantId: string) {
  return tx
    .select({ id: agencies.id, parentId: agencies.parentId })
    .from(agencies)
    .where(eq(agencies.tenantId, tenantId));
}

/** A new agency, placed after the others. */
export async function insertDirectoryAgency(tx: Tx, tenantId: string, values: DirectoryAgencyValues) {
  const [row] = await tx
    .insert(agencies)
    .values({
      tenantId,
      ...values,
      position: sql`(select coalesce(max(${agencies.position}), -1) + 1 from ${agencies} where ${agencies.tenantId} = ${tenantId})`,
    })
    .returning({ id: agencies.id });
  if (!row) throw new Error('agency insert returned no row');
  return row.id;
}

export async function updateDirectoryAgency(
  tx: Tx,
  tenantId: string,
  id: string,
  values: DirectoryAgencyValues,
) {
  const rows = await tx
    .update(agencies)
    .set(values)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, id)))
    .returning({ id: agencies.id });
  return rows.length > 0;
}

/** Replaces an agency's numbers with `hotlines`, at positions 0..n-1 in the given order. */
export async function replaceAgencyHotlines(
  tx: Tx,
  tenantId: string,
  agencyId: string,
  hotlines: readonly Omit<DirectoryHotline, 'position'>[],
) {
  await tx
    .delete(agencyHotlines)
    .where(and(eq(agencyHotlines.tenantId, tenantId), eq(agencyHotlines.agencyId, agencyId)));
  if (hotlines.length === 0) return;
  await tx
    .insert(agencyHotlines)
    .values(hotlines.map((h, position) => ({ tenantId, agencyId, position, ...h })));
}

export async function deleteDirectoryAgency(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .delete(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, id)))
    .returning({ id: agencies.id });
  return rows.length > 0;
}

export interface AgencyReferences {
  topics: number;
  ivrBranches: number;
  memberships: number;
  invitations: number;
  cases: number;
  dutyRoster: number;
  children: number;
}

/**
 * What still points at an agency. IVR branches reference it with ON DELETE CASCADE, so without this
 * count a delete would silently take the agency out of the phone menu.
 */
export async function countAgencyReferences(tx: Tx, tenantId: string, id: string): Promise<AgencyReferences> {
  const countWhere = async (table: PgTable, tenantColumn: PgColumn, column: PgColumn) => {
    const [row] = await tx
      .select({ n: count() })
      .from(table)
      .where(and(eq(tenantColumn, tenantId), eq(column, id)));
    return row?.n ?? 0;
  };
  return {
    topics: await countWhere(topics, topics.tenantId, topics.defaultAgencyId),
    ivrBranches: await countWhere(ivrBranchAgencies, ivrBranchAgencies.tenantId, ivrBranchAgencies.agencyId),
    memberships: await countWhere(memberships, memberships.tenantId, memberships.agencyId),
    invitations: await countWhere(invitations, invitations.tenantId, invitations.agencyId),
    cases: await countWhere(cases, cases.tenantId, cases.agencyId),
    dutyRoster: await countWhere(dutyRoster, dutyRoster.tenantId, dutyRoster.agencyId),
    children: await countWhere(agencies, agencies.tenantId, agencies.parentId),
  };
}

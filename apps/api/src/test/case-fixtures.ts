import { createMember, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import postgres from 'postgres';
import { sessionCookie, type Harness } from './harness.js';

/** Test helpers for the cases API: people of each role signed in, ids of a province's configuration. */
export type Body = Record<string, unknown> & {
  error?: { code: string; message: string; issues?: { path: string; message: string }[] };
};

export const adminSql = () => postgres(testDatabaseUrls().adminUrl, { max: 2, onnotice: () => undefined });

export async function signIn(
  h: Harness,
  p: TestProvince,
  role: 'operator' | 'supervisor' | 'agency_staff',
  agencyId?: string,
) {
  const member = await createMember(testDatabaseUrls().adminUrl, p.id, {
    role,
    ...(agencyId ? { agencyId } : {}),
  });
  const res = await h.request(p, '/v1/auth/login', {
    json: { email: member.email, password: member.password },
  });
  return { ...member, cookie: sessionCookie(res) };
}

export interface ProvinceIds {
  topics: { id: string; code: string; slaClassId: string | null; defaultAgencyId: string | null }[];
  slaClasses: { id: string; code: string }[];
  agencies: {
    id: string;
    code: string;
    transferEnabled: boolean;
    hotlines: { id: string; phone: string }[];
  }[];
}

export async function provinceIds(sql: postgres.Sql, tenantId: string): Promise<ProvinceIds> {
  const topics = await sql<ProvinceIds['topics']>`
    select id, code, sla_class_id as "slaClassId", default_agency_id as "defaultAgencyId"
    from topics where tenant_id = ${tenantId} order by position, code`;
  const slaClasses = await sql<ProvinceIds['slaClasses']>`
    select id, code from sla_classes where tenant_id = ${tenantId} order by position`;
  const agencyRows = await sql<{ id: string; code: string; transferEnabled: boolean }[]>`
    select id, code, transfer_enabled as "transferEnabled" from agencies where tenant_id = ${tenantId} order by position, code`;
  const hotlines = await sql<{ id: string; agencyId: string; phone: string }[]>`
    select id, agency_id as "agencyId", phone from agency_hotlines where tenant_id = ${tenantId} order by position`;
  return {
    topics: [...topics],
    slaClasses: [...slaClasses],
    agencies: agencyRows.map((a) => ({ ...a, hotlines: hotlines.filter((x) => x.agencyId === a.id) })),
  };
}

/** A JSON call as `cookie` on the province's host; returns status, body and headers. */
export function caller(h: Harness, p: TestProvince, cookie: string) {
  return async (
    path: string,
    init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const res = await h.request(p, path, { cookie, ...init });
    return { status: res.status, body: (await res.json()) as Body, headers: res.headers };
  };
}

let keys = 0;
export const newKey = () =>
  `test-key-${process.pid}-${(keys += 1)}-${Math.random().toString(36).slice(2, 10)}`;

import type { CaseListItem, CaseStateView } from '@tongdai/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSql, caller, newKey, provinceIds, signIn, type ProvinceIds } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let ids: ProvinceIds;
let call: ReturnType<typeof caller>;
let opId: string;
const made: Record<string, CaseStateView> = {};
let fixtures = new Set<string>();

beforeAll(async () => {
  h = await createHarness();
  const op = await signIn(h, h.a, 'operator');
  opId = op.id;
  call = caller(h, h.a, op.cookie);
  ids = await provinceIds(sql, h.a.id);
  // Only this file's cases count: the province's fixture cases are left out of the comparisons.
  fixtures = new Set(
    (await sql`select id from cases where tenant_id = ${h.a.id}`).map((r) => r.id as string),
  );
  const topic = ids.topics.find((t) => t.slaClassId)!;
  const create = async (name: string, json: Record<string, unknown>) => {
    const res = await call('/v1/cases', { json, headers: { 'idempotency-key': newKey() } });
    expect(res.status).toBe(201);
    made[name] = res.body.case as CaseStateView;
  };
  await create('zalo', {
    channel: 'zalo',
    content: 'Xét nghiệm nhanh ở đâu tại Hoằng Quang?',
    receivedAt: '2026-03-02T09:00:00+07:00',
  });
  await create('phone', {
    channel: 'hotline',
    content: 'Hỏi trợ cấp thất nghiệp',
    citizen: { phone: '0945 951 138' },
    receivedAt: '2026-03-05T09:00:00+07:00',
  });
  await create('topic', {
    channel: 'portal',
    content: 'Đường hỏng ở thôn 3',
    topicId: topic.id,
    receivedAt: '2026-03-10T09:00:00+07:00',
  });
  const escalated = await call(`/v1/cases/${made.topic!.id}/escalate`, {
    json: { version: made.topic!.version, agencyId: ids.agencies[0]!.id },
  });
  made.topic = escalated.body.case as CaseStateView;
  for (let i = 0; i < 7; i++)
    await create(`bulk${i}`, {
      channel: 'email',
      content: `Câu hỏi số ${i} về học phí`,
      receivedAt: `2026-04-0${i + 1}T10:00:00+07:00`,
    });
  await sql`update cases set sla_state = 'breached' where tenant_id = ${h.a.id} and id = ${made.bulk3!.id}`;
  await sql`update cases set operator_id = null where tenant_id = ${h.a.id} and id = ${made.bulk4!.id}`;
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

const listIds = async (query: string) => {
  const res = await call(`/v1/cases?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.cases as CaseListItem[]).map((c) => c.id).filter((id) => !fixtures.has(id));
};

describe('GET /v1/cases filters', () => {
  it('lists newest first by default', async () => {
    const res = await call('/v1/cases?limit=100');
    const rows = (res.body.cases as CaseListItem[]).filter((r) => !fixtures.has(r.id));
    const times = rows.map((r) => r.receivedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by status, channel, topic, agency, SLA state and operator', async () => {
    expect(await listIds('status=escalated')).toEqual([made.topic!.id]);
    expect(await listIds('status=escalated,received')).toContain(made.zalo!.id);
    expect(await listIds('channel=zalo')).toEqual([made.zalo!.id]);
    expect(await listIds(`topicId=${made.topic!.topicId}`)).toEqual([made.topic!.id]);
    expect(await listIds(`agencyId=${ids.agencies[0]!.id}`)).toEqual([made.topic!.id]);
    expect(await listIds('slaState=breached')).toEqual([made.bulk3!.id]);
    expect(await listIds('operatorId=none')).toEqual([made.bulk4!.id]);
    expect(await listIds('operatorId=me')).toContain(made.zalo!.id);
    expect(await listIds(`operatorId=${opId}`)).not.toContain(made.bulk4!.id);
    expect(await listIds('status=open&channel=email')).toHaveLength(7);
  });

  it('filters by a date range in Vietnam time, dates inclusive', async () => {
    expect(await listIds('from=2026-03-01&to=2026-03-05')).toEqual([made.phone!.id, made.zalo!.id]);
    expect(await listIds('from=2026-03-05T09:00:00%2B07:00&to=2026-03-05T09:00:01%2B07:00')).toEqual([
      made.phone!.id,
    ]);
  });

  it('searches code and content without accents', async () => {
    expect(await listIds('q=xet%20nghiem')).toEqual([made.zalo!.id]);
    expect(await listIds('q=HOANG%20QUANG')).toEqual([made.zalo!.id]);
    expect(await listIds(`q=${made.phone!.code}`)).toEqual([made.phone!.id]);
    expect(await listIds('q=khong%20co%20dau%20ca')).toEqual([]);
  });

  it('finds a caller’s cases by phone, for roles that may read personal data', async () => {
    expect(await listIds('phone=0945951138')).toEqual([made.phone!.id]);
    const staff = await signIn(h, h.a, 'agency_staff', ids.agencies[0]!.id);
    const res = await caller(h, h.a, staff.cookie)('/v1/cases?phone=0945951138');
    expect(res.status).toBe(403);
  });

  it('pages with a keyset cursor, without gaps or repeats', async () => {
    const all = await listIds('limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(`/v1/cases?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...(res.body.cases as CaseListItem[]).map((c) => c.id).filter((id) => !fixtures.has(id)));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('explains bad filters with 400s', async () => {
    for (const q of [
      'status=lost',
      'channel=fax',
      'cursor=abc',
      'limit=1000',
      'from=2026-02-31',
      'q=x',
      'operatorId=someone',
    ]) {
      const res = await call(`/v1/cases?${q}`);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
    }
  });
});

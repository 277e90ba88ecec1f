import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSql, caller, newKey, provinceIds, signIn, type ProvinceIds } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let op: Awaited<ReturnType<typeof signIn>>;
let opB: Awaited<ReturnType<typeof signIn>>;
let ids: ProvinceIds;
let call: ReturnType<typeof caller>;

beforeAll(async () => {
  h = await createHarness();
  op = await signIn(h, h.a, 'operator');
  opB = await signIn(h, h.b, 'operator');
  ids = await provinceIds(sql, h.a.id);
  call = caller(h, h.a, op.cookie);
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

const body = {
  channel: 'hotline',
  content: 'Hỏi lịch tiêm vắc-xin cho trẻ tại trạm y tế phường',
  citizen: { name: 'Nguyễn Văn An', phone: '0913 680 916' },
};
const create = (key: string, json: unknown = body) =>
  call('/v1/cases', { json, headers: { 'idempotency-key': key } });

describe('POST /v1/cases (intake with an Idempotency-Key)', () => {
  it('creates a case with a per-province, per-year code and a received event', async () => {
    const res = await create(newKey());
    expect(res.status).toBe(201);
    const kase = res.body.case as {
      id: string;
      code: string;
      status: string;
      version: number;
      operatorId: string;
    };
    expect(kase.code).toMatch(/^[A-Z]{2,4}-\d{4}-\d{6}$/);
    expect(kase.status).toBe('received');
    expect(kase.operatorId).toBe(op.id);
    const events = await call(`/v1/cases/${kase.id}/events`);
    expect((events.body.events as { type: string }[]).map((e) => e.type)).toEqual(['received']);
  });

  it('returns the same case for a retried request, and never creates a second one', async () => {
    const key = newKey();
    const first = await create(key);
    const again = await create(key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((again.body.case as { id: string }).id).toBe((first.body.case as { id: string }).id);
    const [row] =
      await sql`select count(*)::int as n from cases where tenant_id = ${h.a.id} and idempotency_key = ${key}`;
    expect(row?.n).toBe(1);
  });

  it('creates exactly one case when the same request races itself', async () => {
    const key = newKey();
    const results = await Promise.all([create(key), create(key), create(key)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => (r.body.case as { id: string }).id)).size).toBe(1);
  });

  it('refuses the same key with a different body, naming the case it created', async () => {
    const key = newKey();
    const first = await create(key);
    const other = await create(key, { ...body, content: 'Một yêu cầu khác hẳn' });
    expect(other.status).toBe(422);
    expect(other.body.error?.code).toBe('IDEMPOTENCY_MISMATCH');
    expect(other.body.error?.message).toContain((first.body.case as { code: string }).code);
  });

  it('needs the key and valid input, with clear 400s', async () => {
    const noKey = await call('/v1/cases', { json: body });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error?.issues?.[0]?.message).toMatch(/Idempotency-Key/);
    const bad = await create(newKey(), {
      channel: 'fax',
      content: '',
      citizen: { phone: '09-khong-hop-le' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.issues?.map((i) => i.path).sort()).toEqual([
      'channel',
      'citizen.phone',
      'content',
    ]);
    const future = await create(newKey(), { ...body, receivedAt: '2099-01-01T00:00:00+07:00' });
    expect(future.status).toBe(400);
  });

  it('classifies at once when a topic is given: due times from the SLA class on the calendar', async () => {
    const topic = ids.topics.find((t) => t.slaClassId)!;
    const res = await create(newKey(), {
      ...body,
      topicId: topic.id,
      receivedAt: '2026-05-04T08:00:00+07:00',
    });
    expect(res.status).toBe(201);
    const kase = res.body.case as { status: string; dueAt: string; ackDueAt: string; slaClassId: string };
    expect(kase.status).toBe('classified');
    expect(kase.slaClassId).toBe(topic.slaClassId);
    expect(kase.dueAt).not.toBeNull();
    expect(new Date(kase.ackDueAt).getTime()).toBeLessThanOrEqual(new Date(kase.dueAt).getTime());
  });
});

describe('tenancy, agency scope and personal data', () => {
  let caseId: string;
  let agencyA: string;
  let agencyB: string;

  beforeAll(async () => {
    const created = await create(newKey());
    caseId = (created.body.case as { id: string }).id;
    [agencyA, agencyB] = ids.agencies.map((a) => a.id) as [string, string];
    const topic = ids.topics.find((t) => t.slaClassId)!;
    const classified = await call(`/v1/cases/${caseId}/classify`, {
      json: { version: 0, topicId: topic.id },
    });
    expect(classified.status).toBe(200);
    const escalated = await call(`/v1/cases/${caseId}/escalate`, {
      json: { version: 1, agencyId: agencyA, letterNumber: '12/STTTT-1022' },
    });
    expect(escalated.status).toBe(200);
  });

  it('answers another province’s case id with 404, for reads and for actions', async () => {
    const asB = caller(h, h.b, opB.cookie);
    expect((await asB(`/v1/cases/${caseId}`)).status).toBe(404);
    expect((await asB(`/v1/cases/${caseId}/events`)).status).toBe(404);
    expect((await asB(`/v1/cases/${caseId}/close`, { json: { version: 2 } })).status).toBe(404);
    expect((await asB(`/v1/cases/${caseId}/notes`, { json: { text: 'x' } })).status).toBe(404);
    const list = await asB('/v1/cases?limit=100');
    expect((list.body.cases as { id: string }[]).some((c) => c.id === caseId)).toBe(false);
  });

  it('shows agency staff their agency’s case and hides it from another agency’s staff', async () => {
    const staffA = await signIn(h, h.a, 'agency_staff', agencyA);
    const staffB = await signIn(h, h.a, 'agency_staff', agencyB);
    const asA = caller(h, h.a, staffA.cookie);
    const asB = caller(h, h.a, staffB.cookie);
    expect((await asA(`/v1/cases/${caseId}`)).status).toBe(200);
    expect((await asB(`/v1/cases/${caseId}`)).status).toBe(404);
    expect((await asB(`/v1/cases/${caseId}/events`)).status).toBe(404);
    expect((await asB(`/v1/cases/${caseId}/acknowledge`, { json: { version: 2 } })).status).toBe(404);
    const listA = (await asA('/v1/cases')).body.cases as { id: string; agencyId: string }[];
    expect(listA.map((c) => c.id)).toContain(caseId);
    expect(listA.every((c) => c.agencyId === agencyA)).toBe(true);
    const listB = (await asB(`/v1/cases?agencyId=${agencyA}`)).body.cases as { id: string }[];
    expect(listB).toEqual([]);
    // Agency staff see the citizen masked, and cannot create or handle cases.
    const seen = (await asA(`/v1/cases/${caseId}`)).body.case as {
      personalData: string;
      citizen: { phone: string };
    };
    expect(seen.personalData).toBe('masked');
    expect(seen.citizen.phone).toBe('0913 *** 916');
    expect((await asA('/v1/cases', { json: body, headers: { 'idempotency-key': newKey() } })).status).toBe(
      403,
    );
  });

  it('writes an audit entry when an operator reads the full citizen details, and masks lists', async () => {
    const before = await sql`select count(*)::int as n from audit_log
      where tenant_id = ${h.a.id} and action = 'personal_data.read' and target_id = ${caseId}`;
    const res = await call(`/v1/cases/${caseId}`);
    const kase = res.body.case as { personalData: string; citizen: { phone: string; name: string } };
    expect(kase.personalData).toBe('full');
    expect(kase.citizen).toMatchObject({ phone: '+84913680916', name: 'Nguyễn Văn An' });
    const after = await sql`select count(*)::int as n, max(actor_user_id::text) as actor from audit_log
      where tenant_id = ${h.a.id} and action = 'personal_data.read' and target_id = ${caseId}`;
    expect(after[0]?.n).toBe((before[0]?.n as number) + 1);
    expect(after[0]?.actor).toBe(op.id);
    const list = (await call('/v1/cases?limit=5')).body.cases as {
      id: string;
      citizenPhone: string;
      citizenName: string;
    }[];
    const row = list.find((c) => c.id === caseId)!;
    expect(row.citizenPhone).toBe('0913 *** 916');
    expect(row.citizenName).toBe('N. V. A.');
    expect(JSON.stringify(list)).not.toContain('680916');
  });

  it('refuses signed-out callers', async () => {
    const res = await h.request(h.a, '/v1/cases');
    expect(res.status).toBe(401);
  });
});

import { createBareProvince, createMember, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, sessionCookie, type Harness } from './harness.js';

const { adminUrl } = testDatabaseUrls();
let h: Harness;
let bare: TestProvince;
let cookieBare: string;
let cookieA: string;

async function adminSession(p: TestProvince) {
  const admin = await createMember(adminUrl, p.id, { role: 'tenant_admin', totp: true });
  const cookie = sessionCookie(
    await h.request(p, '/v1/auth/login', { json: { email: admin.email, password: admin.password } }),
  );
  await h.passSecondFactor(p, admin.totpKey!, cookie);
  return cookie;
}

beforeAll(async () => {
  h = await createHarness();
  bare = await createBareProvince(adminUrl);
  cookieBare = await adminSession(bare);
  cookieA = await adminSession(h.a);
});
afterAll(() => h.close());

type Body = Record<string, unknown> & {
  error?: { code: string; message: string; issues?: { path: string }[] };
};
const call = async (p: TestProvince, path: string, init: Parameters<Harness['request']>[2] = {}) => {
  const res = await h.request(p, `/v1/settings${path}`, {
    cookie: p === bare ? cookieBare : cookieA,
    ...init,
  });
  return { status: res.status, body: (await res.json()) as Body };
};

describe('onboarding a new province', () => {
  it('starts with a checklist of what is missing, and go-live is refused with the reasons', async () => {
    const { body } = await call(bare, '/checklist');
    expect(body.ready).toBe(false);
    expect(body.status).toBe('onboarding');
    expect(body.counts).toMatchObject({ hotlineChannels: 0, topics: 0, agencies: 0, publicFaq: 0 });
    const refused = await call(bare, '/go-live', { method: 'POST' });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.issues?.map((i) => i.path)).toContain('hotline');
  });

  it('is configured step by step and goes live', async () => {
    expect(
      (await call(bare, '/channels', { json: { kind: 'hotline', label: 'Đường dây nóng', value: '1022' } }))
        .status,
    ).toBe(201);
    expect((await call(bare, '/topics/from-template', { method: 'POST' })).body.created).toBe(10);
    expect((await call(bare, '/topics/from-template', { method: 'POST' })).status).toBe(409);
    const sla = await call(bare, '/sla-classes', {
      json: {
        code: 'thuong',
        name: 'Thông thường',
        acknowledgeAmount: 4,
        acknowledgeUnit: 'working_hours',
        answerAmount: 3,
        answerUnit: 'working_days',
      },
    });
    expect(sla.status).toBe(201);
    const topics = (await call(bare, '/topics')).body.topics as { id: string; code: string; name: string }[];
    for (const t of topics) {
      await call(bare, `/topics/${t.id}`, {
        method: 'PUT',
        json: { code: t.code, name: t.name, slaClassId: sla.body.id },
      });
    }
    await call(bare, '/calendar', {
      method: 'PUT',
      json: {
        officeHours: [
          { start: '07:00', end: '11:30' },
          { start: '13:30', end: '17:00' },
        ],
        workingWeekdays: [1, 2, 3, 4, 5],
      },
    });
    const agency = await call(bare, '/agencies', {
      json: {
        code: 'SYT',
        name: 'Sở Y tế Hà Tĩnh',
        kind: 'department',
        hotlines: [{ phone: '0913.680.916' }],
      },
    });
    expect(agency.status).toBe(201);
    await h.request(bare, '/v1/members/invitations', {
      json: { email: 'tdv@example.test', role: 'operator' },
      cookie: cookieBare,
    });
    const ready = await call(bare, '/checklist');
    expect(
      (ready.body.items as { key: string; done: boolean; required: boolean }[]).filter(
        (i) => i.required && !i.done,
      ),
    ).toEqual([]);
    expect(ready.body.counts).toMatchObject({
      hotlineChannels: 1,
      topics: 10,
      topicsWithoutSla: 0,
      agencies: 1,
      slaClasses: 1,
      calendarConfigured: true,
      pendingInvitations: 1,
    });
    const live = await call(bare, '/go-live', { method: 'POST' });
    expect(live.status).toBe(200);
    const landing = await h.request('localhost:5173', '/v1/platform/tenants');
    expect(JSON.stringify(await landing.json())).toContain(bare.slug);
  });
});

describe('channel secrets', () => {
  it('are stored encrypted and never returned, only whether one is set', async () => {
    const created = await call(h.a, '/channels', {
      json: { kind: 'zalo', label: 'Zalo OA', value: '1022 Thử nghiệm', secret: 'zalo-access-token-abc' },
    });
    const id = created.body.id as string;
    const list = await call(h.a, '/channels');
    expect(JSON.stringify(list.body)).not.toContain('zalo-access-token-abc');
    expect(
      (list.body.channels as { id: string; secretSet: boolean }[]).find((c) => c.id === id)?.secretSet,
    ).toBe(true);
    const sql = postgres(adminUrl, { max: 1 });
    const [row] = await sql`select secret_ciphertext from channels where id = ${id}`;
    expect(String(row?.secret_ciphertext)).toMatch(/^v1\./);
    expect(String(row?.secret_ciphertext)).not.toContain('zalo-access-token');
    await call(h.a, `/channels/${id}`, {
      method: 'PUT',
      json: { kind: 'zalo', label: 'Zalo OA', value: 'đổi tên' },
    });
    const [kept] = await sql`select secret_ciphertext from channels where id = ${id}`;
    expect(kept?.secret_ciphertext).toBe(row?.secret_ciphertext);
    await call(h.a, `/channels/${id}`, {
      method: 'PUT',
      json: { kind: 'zalo', label: 'Zalo OA', value: 'x', secret: null },
    });
    const [cleared] = await sql`select secret_ciphertext from channels where id = ${id}`;
    await sql.end();
    expect(cleared?.secret_ciphertext).toBeNull();
  });
});

describe('SLA policy and calendar', () => {
  it('shows the statutory holidays of a year, Tết from the lunar calendar', async () => {
    const { body } = await call(h.a, '/calendar?year=2027');
    const dates = (body.publicHolidays as { date: string }[]).map((d) => d.date);
    expect(dates).toEqual(
      expect.arrayContaining(['2027-01-01', '2027-02-05', '2027-02-09', '2027-04-16', '2027-09-02']),
    );
  });

  it('keeps yearly days off and compensatory working days', async () => {
    await call(h.a, '/calendar/days', {
      method: 'PUT',
      json: { day: '2027-02-13', kind: 'workday', name: 'Làm bù' },
    });
    const { body } = await call(h.a, '/calendar?year=2027');
    expect((body.days as { day: string; kind: string }[]).find((d) => d.day === '2027-02-13')?.kind).toBe(
      'workday',
    );
    expect((await call(h.a, '/calendar/days/2027-02-31', { method: 'DELETE' })).status).toBe(400);
  });

  it('refuses a duplicate class code and bad units with clear messages', async () => {
    const dup = await call(h.a, '/sla-classes', {
      json: {
        code: 'KHAN',
        name: 'x',
        acknowledgeAmount: 1,
        acknowledgeUnit: 'clock_hours',
        answerAmount: 2,
        answerUnit: 'clock_hours',
      },
    });
    expect(dup.status).toBe(409);
    const bad = await call(h.a, '/sla-classes', {
      json: {
        code: 'X',
        name: 'x',
        acknowledgeAmount: 0,
        acknowledgeUnit: 'weeks',
        answerAmount: 2,
        answerUnit: 'clock_hours',
      },
    });
    expect(bad.status).toBe(400);
  });
});

describe('IVR branches and duty roster', () => {
  it('edits a branch’s roster week by week', async () => {
    const { body } = await call(h.a, '/ivr');
    const branch = (body.branches as { id: string; digit: string }[]).find((b) => b.digit === '3')!;
    const weekStart = '2026-11-23';
    const entries = [
      { weekday: 1, startTime: '07:00', endTime: '17:00', name: 'Nguyễn Thị Hoa', phone: '0913 680 916' },
    ];
    expect(
      (await call(h.a, `/ivr/${branch.id}/roster`, { method: 'PUT', json: { weekStart, entries } })).status,
    ).toBe(200);
    const saved = await call(h.a, `/ivr/${branch.id}/roster?weekStart=${weekStart}`);
    expect(saved.body.entries).toMatchObject([{ name: 'Nguyễn Thị Hoa', phone: '+84913680916', weekday: 1 }]);
    const tuesday = await call(h.a, `/ivr/${branch.id}/roster`, {
      method: 'PUT',
      json: { weekStart: '2026-11-24', entries },
    });
    expect(tuesday.status).toBe(400);
    expect((await call(h.a, '/ivr', { json: { digit: '3', label: 'Trùng', agencyIds: [] } })).status).toBe(
      409,
    );
    const topic = ((await call(h.a, '/topics')).body.topics as { id: string }[])[0]!;
    const created = await call(h.a, '/ivr', { json: { digit: '8', label: 'Nhánh 8', topicId: topic.id } });
    const listed = (await call(h.a, '/ivr')).body.branches as { id: string; topicId: string | null }[];
    expect(listed.find((b) => b.id === created.body.id)?.topicId).toBe(topic.id);
  });
});

describe('security of settings', () => {
  it('operators cannot change settings; another province’s ids are 404; changes are audited', async () => {
    const operator = await createMember(adminUrl, h.a.id, { role: 'operator' });
    const cookie = sessionCookie(
      await h.request(h.a, '/v1/auth/login', {
        json: { email: operator.email, password: operator.password },
      }),
    );
    expect((await h.request(h.a, '/v1/settings/topics', { cookie })).status).toBe(403);
    const topicsOfA = (await call(h.a, '/topics')).body.topics as { id: string; code: string }[];
    const foreign = await call(bare, `/topics/${topicsOfA[0]!.id}`, {
      method: 'PUT',
      json: { code: 'X1', name: 'x' },
    });
    expect(foreign.status).toBe(404);
    expect((await call(bare, `/topics/${topicsOfA[0]!.id}`, { method: 'DELETE' })).status).toBe(404);
    const log = await h.request(bare, '/v1/audit?action=settings.topics_from_template', {
      cookie: cookieBare,
    });
    expect(((await log.json()) as { entries: unknown[] }).entries).toHaveLength(1);
  });
});

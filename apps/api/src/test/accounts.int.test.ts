import { createMember, testDatabaseUrls, type TestMember } from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, linkFrom, sessionCookie, type Harness } from './harness.js';
import { totpCodeAt } from './totp.js';

let h: Harness;
let adminA: TestMember;
const { adminUrl } = testDatabaseUrls();

beforeAll(async () => {
  h = await createHarness();
  adminA = await createMember(adminUrl, h.a.id, { role: 'tenant_admin', totp: true });
});
afterAll(() => h.close());

type Json = Record<string, unknown> & { error?: { code: string; message: string } };
const body = async (res: Response) => (await res.json()) as Json;

async function signIn(host: Parameters<Harness['request']>[0], m: TestMember) {
  const res = await h.request(host, '/v1/auth/login', { json: { email: m.email, password: m.password } });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  const cookie = sessionCookie(res);
  if (m.totpKey) {
    const ok = await h.passSecondFactor(host, m.totpKey, cookie);
    expect(ok.status).toBe(200);
  }
  return cookie;
}

describe('self-signup on a province’s site, approval by its admin', () => {
  const person = {
    name: 'Nguyễn Văn An',
    email: 'an.nguyen@example.test',
    password: 'Tong-dai-vien-2026',
    requestedRole: 'operator',
  };

  it('creates a pending account, verified by e-mail, that reaches no tenant data until approved', async () => {
    const res = await h.request(h.a, '/v1/auth/signup', { json: person });
    expect(res.status).toBe(201);
    const early = await h.request(h.a, '/v1/auth/login', { json: person });
    expect((await body(early)).error?.code).toBe('EMAIL_NOT_VERIFIED');
    const link = linkFrom(h, person.email);
    expect(link.host).toBe(`${h.a.slug}.localhost:5173`);
    const verified = await h.request(h.a, '/v1/auth/verify-email', {
      json: { token: link.searchParams.get('token') },
    });
    expect(verified.status).toBe(200);
    const login = await h.request(h.a, '/v1/auth/login', { json: person });
    expect(await body(login)).toMatchObject({ status: 'pending', home: '/cho-duyet' });
    const cookie = sessionCookie(login);
    const cases = await h.request(h.a, '/v1/cases', { cookie });
    expect(cases.status).toBe(403);
    expect((await body(cases)).error?.code).toBe('ACCOUNT_PENDING');
  });

  it('the admin sees the request, approves it, and the person then works as an operator', async () => {
    const adminCookie = await signIn(h.a, adminA);
    const pending = await body(await h.request(h.a, '/v1/members?status=pending', { cookie: adminCookie }));
    const member = (pending.members as { userId: string; email: string }[]).find(
      (m) => m.email === person.email,
    );
    expect(member).toBeDefined();
    const approved = await h.request(h.a, `/v1/members/${member!.userId}`, {
      method: 'PATCH',
      json: { action: 'approve', role: 'operator' },
      cookie: adminCookie,
    });
    expect(approved.status).toBe(200);
    const cookie = sessionCookie(await h.request(h.a, '/v1/auth/login', { json: person }));
    expect((await h.request(h.a, '/v1/cases', { cookie })).status).toBe(200);
    const log = await body(await h.request(h.a, '/v1/audit?action=member.approve', { cookie: adminCookie }));
    expect((log.entries as unknown[]).length).toBe(1);
  });

  it('refuses weak passwords and bad input with field messages, and never a 500', async () => {
    const weak = await h.request(h.a, '/v1/auth/signup', {
      json: { ...person, email: 'b@example.test', password: '123456789' },
    });
    expect(weak.status).toBe(400);
    const bad = await h.request(h.a, '/v1/auth/signup', { json: { name: '', email: 'x', password: '' } });
    expect(bad.status).toBe(400);
    expect(((await body(bad)).error as unknown as { issues: unknown[] }).issues.length).toBeGreaterThan(1);
    const notJson = await h.request(h.a, '/v1/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      json: undefined,
    });
    expect(notJson.status).toBe(400);
  });
});

describe('roles', () => {
  it('an admin without the second factor cannot manage members', async () => {
    const noTotp = await createMember(adminUrl, h.a.id, { role: 'tenant_admin' });
    const cookie = sessionCookie(
      await h.request(h.a, '/v1/auth/login', { json: { email: noTotp.email, password: noTotp.password } }),
    );
    const res = await h.request(h.a, '/v1/members', { cookie });
    expect(res.status).toBe(403);
    expect((await body(res)).error?.code).toBe('TWO_FACTOR_REQUIRED');
  });

  it('agency staff cannot read another agency’s case, by id or in the list', async () => {
    const sql = postgres(adminUrl, { max: 1 });
    const agencies = await sql`select id from agencies where tenant_id = ${h.a.id} order by position limit 2`;
    const [mine, theirs] = agencies.map((r) => r.id as string);
    const [other] = await sql`insert into cases (tenant_id, code, channel, content, agency_id, citizen_phone)
      values (${h.a.id}, ${`C-${h.a.slug}-9`}, 'hotline', 'Hỏi về chính sách', ${theirs!}, '+84913680916') returning id`;
    const [own] = await sql`insert into cases (tenant_id, code, channel, content, agency_id, citizen_phone)
      values (${h.a.id}, ${`C-${h.a.slug}-8`}, 'email', 'Hỏi về xét nghiệm', ${mine!}, '+84913680917') returning id`;
    await sql.end();
    const staff = await createMember(adminUrl, h.a.id, { role: 'agency_staff', agencyId: mine! });
    const cookie = await signIn(h.a, staff);
    expect((await h.request(h.a, `/v1/cases/${own!.id}`, { cookie })).status).toBe(200);
    expect((await h.request(h.a, `/v1/cases/${other!.id}`, { cookie })).status).toBe(404);
    const list = (await body(await h.request(h.a, '/v1/cases', { cookie }))).cases as {
      id: string;
      citizenPhone: string;
    }[];
    expect(list.map((x) => x.id)).toContain(own!.id);
    expect(list.map((x) => x.id)).not.toContain(other!.id);
    expect(list.find((x) => x.id === own!.id)?.citizenPhone).toBe('0913 *** 917');
  });

  it('another province’s case id is 404 for an operator', async () => {
    const sql = postgres(adminUrl, { max: 1 });
    const [caseB] = await sql`select id from cases where tenant_id = ${h.b.id} limit 1`;
    await sql.end();
    const operator = await createMember(adminUrl, h.a.id, { role: 'operator' });
    const cookie = await signIn(h.a, operator);
    expect((await h.request(h.a, `/v1/cases/${caseB!.id}`, { cookie })).status).toBe(404);
  });

  it('the ministry viewer gets national figures and no tenant rows', async () => {
    const viewer = await createMember(adminUrl, null, { role: 'ministry_viewer' });
    const national = 'national.localhost:5173';
    expect(
      (await h.request(h.a, '/v1/auth/login', { json: { email: viewer.email, password: viewer.password } }))
        .status,
    ).toBe(401);
    const cookie = await signIn(national, viewer);
    const summary = await h.request(national, '/v1/national/summary', { cookie });
    expect(summary.status).toBe(200);
    expect(JSON.stringify(await summary.json())).not.toMatch(/@|\+84|tenant_id/);
    for (const path of ['/v1/cases', '/v1/members', '/v1/agencies']) {
      expect((await h.request(national, path, { cookie })).status, path).toBe(404);
    }
    expect((await h.request(h.a, '/v1/cases', { cookie })).status).toBe(401);
  });
});

describe('invitations', () => {
  it('an admin invites by e-mail; the single-use link creates an active agency-staff account', async () => {
    const cookie = await signIn(h.a, adminA);
    const sql = postgres(adminUrl, { max: 1 });
    const [agency] = await sql`select id from agencies where tenant_id = ${h.a.id} limit 1`;
    await sql.end();
    const email = 'moi.canbo@example.test';
    const sent = await h.request(h.a, '/v1/members/invitations', {
      json: { email, role: 'agency_staff', agencyId: agency!.id },
      cookie,
    });
    expect(sent.status).toBe(201);
    const token = linkFrom(h, email).searchParams.get('token')!;
    expect((await h.request(h.b, '/v1/auth/invitations/preview', { json: { token } })).status).toBe(404);
    const accept = { token, name: 'Trần Thị Bình', password: 'Can-bo-co-quan-2026' };
    expect((await h.request(h.a, '/v1/auth/invitations/accept', { json: accept })).status).toBe(200);
    expect((await h.request(h.a, '/v1/auth/invitations/accept', { json: accept })).status).toBe(404);
    const login = await h.request(h.a, '/v1/auth/login', { json: { email, password: accept.password } });
    expect(await body(login)).toMatchObject({ role: 'agency_staff', status: 'active' });
  });
});

describe('password reset', () => {
  it('mails a link valid once on this province, sets the password and ends old sessions', async () => {
    const person = await createMember(adminUrl, h.a.id, { role: 'supervisor' });
    const old = await signIn(h.a, person);
    const asked = await h.request(h.a, '/v1/auth/password/forgot', { json: { email: person.email } });
    expect(asked.status).toBe(200);
    const unknown = await h.request(h.a, '/v1/auth/password/forgot', {
      json: { email: 'nobody@example.test' },
    });
    expect(await unknown.json()).toEqual(
      await asked
        .clone()
        .json()
        .catch(() => ({ sent: true })),
    );
    const token = linkFrom(h, person.email).searchParams.get('token')!;
    const reset = await h.request(h.a, '/v1/auth/password/reset', {
      json: { token, password: 'Giam-sat-vien-moi-26' },
    });
    expect(reset.status).toBe(200);
    expect((await h.request(h.a, '/v1/auth/me', { cookie: old })).status).toBe(401);
    expect(
      (await h.request(h.a, '/v1/auth/password/reset', { json: { token, password: 'Giam-sat-vien-moi-27' } }))
        .status,
    ).toBe(400);
    await signIn(h.a, { ...person, password: 'Giam-sat-vien-moi-26' });
  });
});

describe('platform administration', () => {
  it('a platform admin opens a province and appoints its admin, who accepts on the new subdomain', async () => {
    const platformAdmin = await createMember(adminUrl, null, { role: 'platform_admin', totp: true });
    const host = 'localhost:5173';
    const cookie = await signIn(host, platformAdmin);
    const slug = `ht${Math.random().toString(36).slice(2, 8)}`;
    const created = await h.request(host, '/v1/platform/tenants', {
      json: { slug, name: 'Hà Tĩnh', officialName: 'Tổng đài 1022 tỉnh Hà Tĩnh', areaCode: '0239' },
      cookie,
    });
    expect(created.status).toBe(201);
    const dup = await h.request(host, '/v1/platform/tenants', {
      json: { slug, name: 'Hà Tĩnh', officialName: 'x', areaCode: '0239' },
      cookie,
    });
    expect(dup.status).toBe(409);
    const appointed = await h.request(host, `/v1/platform/tenants/${slug}/admin`, {
      json: { email: `admin.${slug}@example.test`, name: 'Lê Văn Cường' },
      cookie,
    });
    expect(appointed.status).toBe(201);
    const link = linkFrom(h, `admin.${slug}@example.test`);
    expect(link.host).toBe(`${slug}.localhost:5173`);
    const accepted = await h.request(`${slug}.localhost:5173`, '/v1/auth/invitations/accept', {
      json: { token: link.searchParams.get('token'), name: 'Lê Văn Cường', password: 'Quan-tri-Ha-Tinh-26' },
    });
    expect(await body(accepted)).toMatchObject({ role: 'tenant_admin' });
    const operator = await createMember(adminUrl, h.a.id, { role: 'operator' });
    const opCookie = await signIn(h.a, operator);
    expect(
      (
        await h.request(host, '/v1/platform/tenants', {
          json: { slug: 'x', name: 'x', officialName: 'x', areaCode: '0239' },
          cookie: opCookie,
        })
      ).status,
    ).toBe(401);
  });
});

describe('second factor', () => {
  it('accepts a TOTP code once: the same code replayed is refused, and the failure is logged', async () => {
    const admin = await createMember(adminUrl, h.a.id, { role: 'tenant_admin', totp: true });
    const login = () =>
      h.request(h.a, '/v1/auth/login', { json: { email: admin.email, password: admin.password } });
    const first = sessionCookie(await login());
    const code = totpCodeAt(admin.totpKey!, h.now());
    expect((await h.request(h.a, '/v1/auth/2fa/verify', { json: { code }, cookie: first })).status).toBe(200);
    const second = sessionCookie(await login());
    const replay = await h.request(h.a, '/v1/auth/2fa/verify', { json: { code }, cookie: second });
    expect(replay.status).toBe(400);
    expect((await h.request(h.a, '/v1/members', { cookie: second })).status).toBe(403);
    const adminCookie = await signIn(h.a, adminA);
    const log = await body(await h.request(h.a, '/v1/audit?action=auth.2fa_failed', { cookie: adminCookie }));
    expect((log.entries as { actorEmail: string }[]).some((e) => e.actorEmail === admin.email)).toBe(true);
  });

  it('a recovery code works once instead of a TOTP code', async () => {
    const admin = await createMember(adminUrl, h.a.id, { role: 'tenant_admin' });
    const cookie = sessionCookie(
      await h.request(h.a, '/v1/auth/login', { json: { email: admin.email, password: admin.password } }),
    );
    const setup = await body(await h.request(h.a, '/v1/auth/2fa/setup', { method: 'POST', cookie }));
    const key = new Uint8Array(Buffer.from(String(setup.secret), 'base64'));
    const enabled = await body(
      await h.request(h.a, '/v1/auth/2fa/enable', { json: { code: totpCodeAt(key, h.now()) }, cookie }),
    );
    const [recovery] = enabled.recoveryCodes as string[];
    const again = sessionCookie(
      await h.request(h.a, '/v1/auth/login', { json: { email: admin.email, password: admin.password } }),
    );
    expect(
      (await h.request(h.a, '/v1/auth/2fa/verify', { json: { code: recovery }, cookie: again })).status,
    ).toBe(200);
    const third = sessionCookie(
      await h.request(h.a, '/v1/auth/login', { json: { email: admin.email, password: admin.password } }),
    );
    expect(
      (await h.request(h.a, '/v1/auth/2fa/verify', { json: { code: recovery }, cookie: third })).status,
    ).toBe(400);
  });
});

import { createMember, testDatabaseUrls, type TestMember } from '@tongdai/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, sessionCookie, type Harness } from './harness.js';

let h: Harness;
let operatorA: TestMember;
const { adminUrl } = testDatabaseUrls();

beforeAll(async () => {
  h = await createHarness();
  operatorA = await createMember(adminUrl, h.a.id, { role: 'operator' });
});
afterAll(() => h.close());

const login = (host: Parameters<Harness['request']>[0], m: TestMember, ip?: string) =>
  h.request(host, '/v1/auth/login', {
    json: { email: m.email, password: m.password },
    ...(ip ? { ip } : {}),
  });

describe('signing in', () => {
  it('works on the province the person belongs to and sets a host-only HttpOnly cookie', async () => {
    const res = await login(h.a, operatorA);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'operator', status: 'active', home: '/tong-dai-vien' });
    const header = res.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).not.toMatch(/Domain=/i);
    const me = await h.request(h.a, '/v1/auth/me', { cookie: sessionCookie(res) });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(operatorA.email);
  });

  it('refuses the same credentials on another province, with the same message as a wrong password', async () => {
    const elsewhere = await login(h.b, operatorA);
    const wrong = await h.request(h.a, '/v1/auth/login', {
      json: { email: operatorA.email, password: 'sai-mat-khau-123' },
    });
    expect(elsewhere.status).toBe(401);
    expect(wrong.status).toBe(401);
    const [e1, e2] = [
      (await elsewhere.json()) as { error: { message: string } },
      (await wrong.json()) as { error: { message: string } },
    ];
    expect(e1.error.message).toBe(e2.error.message);
  });

  it('records sign-ins and failed sign-ins in the province’s audit log', async () => {
    const admin = await createMember(adminUrl, h.a.id, { role: 'tenant_admin', totp: true });
    await h.request(h.a, '/v1/auth/login', {
      json: { email: operatorA.email, password: 'sai-mat-khau-456' },
    });
    const cookie = sessionCookie(await login(h.a, admin));
    await h.passSecondFactor(h.a, admin.totpKey!, cookie);
    const res = await h.request(h.a, '/v1/audit?action=auth.login_failed', { cookie });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entries: { actorEmail: string; action: string }[] };
    expect(body.entries.some((e) => e.actorEmail === operatorA.email)).toBe(true);
  });
});

describe('a session is worth something only where it was issued', () => {
  it('a cookie stolen from one province is rejected on another province', async () => {
    const cookie = sessionCookie(await login(h.a, operatorA));
    expect((await h.request(h.a, '/v1/auth/me', { cookie })).status).toBe(200);
    expect((await h.request(h.b, '/v1/auth/me', { cookie })).status).toBe(401);
    expect((await h.request('localhost:5173', '/v1/auth/me', { cookie })).status).toBe(401);
    expect((await h.request('national.localhost:5173', '/v1/auth/me', { cookie })).status).toBe(401);
  });

  it('a tampered secret is rejected', async () => {
    const cookie = sessionCookie(await login(h.a, operatorA));
    const tampered = cookie.slice(0, -3) + (cookie.endsWith('aaa') ? 'bbb' : 'aaa');
    expect((await h.request(h.a, '/v1/auth/me', { cookie: tampered })).status).toBe(401);
  });

  it('expires after 12 hours without activity', async () => {
    const cookie = sessionCookie(await login(h.a, operatorA));
    h.advanceClock(11 * 3_600_000);
    expect((await h.request(h.a, '/v1/auth/me', { cookie })).status).toBe(200);
    h.advanceClock(11 * 3_600_000); // slid forward by the previous use: still alive
    expect((await h.request(h.a, '/v1/auth/me', { cookie })).status).toBe(200);
    h.advanceClock(13 * 3_600_000);
    expect((await h.request(h.a, '/v1/auth/me', { cookie })).status).toBe(401);
  });

  it('is invalid after logout', async () => {
    const cookie = sessionCookie(await login(h.a, operatorA));
    expect((await h.request(h.a, '/v1/auth/logout', { method: 'POST', cookie })).status).toBe(200);
    expect((await h.request(h.a, '/v1/auth/me', { cookie })).status).toBe(401);
  });

  it('"sign out everywhere" and a password change end sessions on every province', async () => {
    const person = await createMember(adminUrl, h.a.id, { role: 'operator' });
    const { connectAdmin } = await import('@tongdai/db/admin');
    const { memberships } = await import('@tongdai/db/schema');
    const { db, close } = connectAdmin(adminUrl, { max: 1 });
    await db
      .insert(memberships)
      .values({ tenantId: h.b.id, userId: person.id, role: 'operator', status: 'active' });
    await close();
    const inA = sessionCookie(await login(h.a, person));
    const inB = sessionCookie(await login(h.b, person));
    const changed = await h.request(h.a, '/v1/auth/password/change', {
      json: { currentPassword: person.password, newPassword: 'Mat-khau-moi-2026!' },
      cookie: inA,
    });
    expect(changed.status).toBe(200);
    expect((await h.request(h.a, '/v1/auth/me', { cookie: inA })).status).toBe(401);
    expect((await h.request(h.b, '/v1/auth/me', { cookie: inB })).status).toBe(401);
    expect((await login(h.b, { ...person, password: 'Mat-khau-moi-2026!' })).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated POST from another site or a sibling province', async () => {
    const cookie = sessionCookie(await login(h.a, operatorA));
    const host = `${h.a.slug}.localhost:5173`;
    const cases: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: `http://${h.b.slug}.localhost:5173`, 'sec-fetch-site': 'same-site' },
      {},
    ];
    for (const headers of cases) {
      const res = await h.app.request('/v1/auth/logout-everywhere', {
        method: 'POST',
        headers: { host, cookie, ...headers },
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('CSRF_REJECTED');
    }
    expect((await h.request(h.a, '/v1/auth/me', { cookie })).status).toBe(200);
  });
});

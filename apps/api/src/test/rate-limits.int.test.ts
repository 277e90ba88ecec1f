import { describeWithRedis } from '@tongdai/rate-limit/testing';
import { createMember, testDatabaseUrls, type TestMember } from '@tongdai/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, sessionCookie, type Harness } from './harness.js';
import { totpCodeAt } from './totp.js';

/** Ten failed sign-ins from one address are answered; the eleventh is refused with 429. */
function loginLimitSuite(redisUrl?: string) {
  let h: Harness;
  let member: TestMember;
  beforeAll(async () => {
    h = await createHarness(redisUrl ? { redisUrl } : {});
    member = await createMember(testDatabaseUrls().adminUrl, h.a.id, { role: 'operator' });
  });
  afterAll(() => h.close());

  it('refuses the 11th login attempt inside the window, with Retry-After and a readable message', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const attempt = () =>
      h.request(h.a, '/v1/auth/login', {
        json: { email: member.email, password: 'khong-dung-mat-khau' },
        ip,
      });
    for (let i = 1; i <= 10; i++) expect((await attempt()).status, `attempt ${i}`).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await blocked.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toMatch(/thử lại sau \d+ phút/);
    // Even the right password is refused now: the limit is on attempts, not on failures.
    const right = await h.request(h.a, '/v1/auth/login', {
      json: { email: member.email, password: member.password },
      ip,
    });
    expect(right.status).toBe(429);
  });

  it('counts attempts on one account across addresses', async () => {
    const other = await createMember(testDatabaseUrls().adminUrl, h.a.id, { role: 'operator' });
    for (let i = 1; i <= 10; i++) {
      const res = await h.request(h.a, '/v1/auth/login', {
        json: { email: other.email, password: 'sai-mat-khau-x' },
      });
      expect(res.status).toBe(401);
    }
    const right = { json: { email: other.email, password: other.password } };
    expect((await h.request(h.a, '/v1/auth/login', right)).status).toBe(429);
    expect((await h.request(h.a, '/v1/auth/login', right)).status).toBe(429);
    // The owner hears about it once per window, not once per blocked attempt.
    const notices = h.mails().filter((m) => m.to === other.email && /Tạm khóa/.test(m.subject));
    expect(notices).toHaveLength(1);
  });

  it('lets a call centre behind one address sign in at shift start, up to 100 attempts', async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const shift = await Promise.all(
      Array.from({ length: 12 }, () =>
        createMember(testDatabaseUrls().adminUrl, h.a.id, { role: 'operator' }),
      ),
    );
    for (const m of shift) {
      const res = await h.request(h.a, '/v1/auth/login', {
        json: { email: m.email, password: m.password },
        ip,
      });
      expect(res.status, m.email).toBe(200);
    }
    // Unknown accounts from the same address: the address's own limit ends it at 100 attempts.
    let refusedAt = 0;
    for (let i = shift.length + 1; i <= 101 && !refusedAt; i++) {
      const res = await h.request(h.a, '/v1/auth/login', {
        json: { email: `khong-ton-tai-${i}@example.test`, password: 'sai-mat-khau-x' },
        ip,
      });
      if (res.status === 429) refusedAt = i;
    }
    expect(refusedAt).toBe(101);
  });

  it('limits second-factor codes per account: the 11th guess is refused, another account goes on', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const signInHalf = async () => {
      const m = await createMember(testDatabaseUrls().adminUrl, h.a.id, { role: 'tenant_admin', totp: true });
      const res = await h.request(h.a, '/v1/auth/login', {
        json: { email: m.email, password: m.password },
        ip,
      });
      expect(res.status).toBe(200);
      return { m, cookie: sessionCookie(res) };
    };
    const guesser = await signInHalf();
    const guess = () =>
      h.request(h.a, '/v1/auth/2fa/verify', { json: { code: '000000' }, cookie: guesser.cookie, ip });
    for (let i = 1; i <= 10; i++) expect((await guess()).status, `guess ${i}`).toBe(400);
    expect((await guess()).status).toBe(429);
    // The right code is refused too for that account now; a colleague at the same address is not held.
    const right = totpCodeAt(guesser.m.totpKey!, h.now());
    const late = await h.request(h.a, '/v1/auth/2fa/verify', {
      json: { code: right },
      cookie: guesser.cookie,
      ip,
    });
    expect(late.status).toBe(429);
    const colleague = await signInHalf();
    const code = totpCodeAt(colleague.m.totpKey!, h.now());
    const ok = await h.request(h.a, '/v1/auth/2fa/verify', { json: { code }, cookie: colleague.cookie, ip });
    expect(ok.status).toBe(200);
  });
}

describe('login rate limit, in-memory limiter (embedded default)', () => loginLimitSuite());
describeWithRedis('login rate limit, on real Redis', (redisUrl) => loginLimitSuite(redisUrl));

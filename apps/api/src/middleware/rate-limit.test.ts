import type { Tenant } from '@tongdai/db';
import { createLimiters } from '@tongdai/rate-limit';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDeps, AppEnv } from '../context.js';
import { handleError } from '../lib/error-handler.js';
import { clientIp, enforceRateLimit, rateLimit } from './rate-limit.js';

/** A tiny app with the API's error handler, memory limiters, and a tenant chosen by header. */
function createApp({ trustProxy = true } = {}) {
  const deps = { trustProxy, limiters: createLimiters() } as unknown as AppDeps;
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', 'test-request');
    const slug = c.req.header('x-test-tenant');
    if (slug) c.set('tenant', { slug } as Tenant);
    await next();
  });
  // A 10-per-15-minutes policy keyed by address, to see the middleware's mechanics.
  app.post('/login', rateLimit('login-account', clientIp), (c) => c.json({ ok: true }));
  app.post('/raw', rateLimit('login-account', clientIp), () => new Response('raw'));
  app.post('/account/:email', rateLimit('login-ip', clientIp), async (c) => {
    await enforceRateLimit(c, 'login-account', c.req.param('email'));
    return c.json({ ok: true });
  });
  app.get('/ip', (c) => c.text(clientIp(c)));
  app.onError(handleError());
  return app;
}

const post = (app: Hono<AppEnv>, headers: Record<string, string> = {}, path = '/login') =>
  app.request(path, { method: 'POST', headers: { 'x-forwarded-for': '203.0.113.7', ...headers } });

describe('rateLimit', () => {
  it('lets 10 logins through with RateLimit headers, then answers 429 with Retry-After', async () => {
    const app = createApp();
    for (let i = 0; i < 10; i += 1) {
      const res = await post(app);
      expect(res.status).toBe(200);
      expect(res.headers.get('RateLimit-Limit')).toBe('10');
      expect(res.headers.get('RateLimit-Remaining')).toBe(String(9 - i));
      expect(Number(res.headers.get('RateLimit-Reset'))).toBeGreaterThan(0);
    }

    const refused = await post(app);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0');
    const minutes = Math.ceil(retryAfter / 60);
    expect(await refused.json()).toEqual({
      error: {
        code: 'RATE_LIMITED',
        message: `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
        requestId: 'test-request',
      },
    });
  });

  it('counts each address and each province separately', async () => {
    const app = createApp();
    for (let i = 0; i < 10; i += 1) await post(app, { 'x-test-tenant': 'thanhhoa' });
    expect((await post(app, { 'x-test-tenant': 'thanhhoa' })).status).toBe(429);
    expect((await post(app, { 'x-test-tenant': 'binhthuan' })).status).toBe(200);
    expect((await post(app, { 'x-test-tenant': 'thanhhoa', 'x-forwarded-for': '198.51.100.1' })).status).toBe(
      200,
    );
    expect((await post(app)).status).toBe(200);
  });

  it('sets the headers on a response the handler built itself', async () => {
    const res = await post(createApp(), {}, '/raw');
    expect(res.status).toBe(200);
    expect(res.headers.get('RateLimit-Remaining')).toBe('9');
  });
});

describe('enforceRateLimit', () => {
  it('limits an account across addresses, and its 429 shows its own headers', async () => {
    const app = createApp();
    for (let i = 0; i < 10; i += 1) {
      const res = await post(app, { 'x-forwarded-for': `198.51.100.${i}` }, '/account/an@example.vn');
      expect(res.headers.get('RateLimit-Remaining')).toBe(String(9 - i));
    }
    const refused = await post(app, { 'x-forwarded-for': '198.51.100.99' }, '/account/an@example.vn');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await post(app, {}, '/account/other@example.vn')).status).toBe(200);
  });
});

describe('clientIp', () => {
  const ip = async (app: Hono<AppEnv>) => {
    const res = await app.request('/ip', { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' } });
    return res.text();
  };

  it("takes the proxy's first X-Forwarded-For entry only when the proxy is trusted", async () => {
    expect(await ip(createApp({ trustProxy: true }))).toBe('203.0.113.7');
    // app.request has no socket, so an untrusted header leaves nothing to go on.
    expect(await ip(createApp({ trustProxy: false }))).toBe('unknown');
  });
});

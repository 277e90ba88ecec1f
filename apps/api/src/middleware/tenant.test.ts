import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDeps, AppEnv } from '../context.js';
import { requestOrigin, requestProto } from './tenant.js';

/** A tiny app that answers with the scheme and origin it sees for the request. */
function createApp({ trustProxy }: { trustProxy: boolean }) {
  const deps = { trustProxy } as unknown as AppDeps;
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.get('/', (c) => c.json({ proto: requestProto(c), origin: requestOrigin(c) }));
  return app;
}

const seen = async (app: Hono<AppEnv>, headers: Record<string, string>) =>
  (await app.request('/', { headers: { host: 'thanhhoa.localhost:5173', ...headers } })).json();

describe('requestProto and requestOrigin', () => {
  it('behind a trusted proxy, follow its X-Forwarded-Proto and X-Forwarded-Host', async () => {
    const app = createApp({ trustProxy: true });
    expect(await seen(app, { 'x-forwarded-proto': 'https' })).toEqual({
      proto: 'https',
      origin: 'https://thanhhoa.localhost:5173',
    });
    expect(
      await seen(app, { 'x-forwarded-proto': 'HTTPS, http', 'x-forwarded-host': 'thanhhoa.1022.vn' }),
    ).toEqual({
      proto: 'https',
      origin: 'https://thanhhoa.1022.vn',
    });
    expect(await seen(app, {})).toEqual({ proto: 'http', origin: 'http://thanhhoa.localhost:5173' });
  });

  it('take only http or https from the header, never another scheme', async () => {
    const app = createApp({ trustProxy: true });
    expect(await seen(app, { 'x-forwarded-proto': 'javascript' })).toMatchObject({ proto: 'http' });
  });

  it('without a trusted proxy, ignore the forwarded headers', async () => {
    const app = createApp({ trustProxy: false });
    expect(
      await seen(app, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'elsewhere.example' }),
    ).toEqual({ proto: 'http', origin: 'http://thanhhoa.localhost:5173' });
  });
});

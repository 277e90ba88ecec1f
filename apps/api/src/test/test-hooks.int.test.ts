import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { mountTestHooks } from '../test-hooks.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('browser-test hooks (/__test)', () => {
  it('are absent from the API as it is built for every normal run', async () => {
    for (const path of ['/__test/clock', '/__test/sla-sweep']) {
      const res = await h.request('localhost:5173', path, { json: { advanceMs: 86_400_000 } });
      expect(res.status).toBe(404);
    }
    expect(h.now().getTime()).toBeLessThan(Date.now() + 60_000);
  });

  it('move the clock only where they were mounted explicitly (TEST_HOOKS=1 in server.ts)', async () => {
    let offset = 0;
    const before = h.now().getTime();
    const app = new Hono<AppEnv>();
    mountTestHooks(app, {
      db: h.db,
      mailer: { send: async () => undefined } as never,
      logger: { warn: () => undefined } as never,
      now: h.now,
      advance: (ms) => {
        offset += ms;
        h.advanceClock(ms);
      },
    });
    const res = await app.request('/__test/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 3_600_000 }),
    });
    expect(res.status).toBe(200);
    expect(offset).toBe(3_600_000);
    expect(h.now().getTime() - before).toBeGreaterThanOrEqual(3_600_000);
  });
});

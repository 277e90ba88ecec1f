import { createAppDb } from '@tongdai/db';
import { createTenantRegistryAdmin } from '@tongdai/db/admin';
import { createLimiters } from '@tongdai/rate-limit';
import { testDatabaseUrls } from '@tongdai/test-utils';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApp } from '../app.js';
import { createDiskAttachmentStore } from '../lib/attachment-store.js';
import { createMailer } from '../lib/mailer.js';
import { createSecretBox, DEV_SECRETS_KEY } from '../lib/secret-box.js';
import { adminSql, caller, newKey, provinceIds, signIn } from './case-fixtures.js';
import { BASE_DOMAIN, createHarness, WEB_PORT, type Harness } from './harness.js';

/** A second API process on the same database: its own pool, its own LISTEN connection. */
function secondApp() {
  const { appUrl, adminUrl } = testDatabaseUrls();
  const logger = pino({ level: 'silent' });
  const db = createAppDb(appUrl, { max: 2 });
  const registry = createTenantRegistryAdmin(adminUrl);
  const limiters = createLimiters({ logger });
  const app = newApp({
    db,
    registry,
    limiters,
    logger,
    secrets: createSecretBox(DEV_SECRETS_KEY),
    mailer: createMailer({ captureDir: '/tmp/tongdai-stream-mail', logger }),
    attachments: createDiskAttachmentStore('/tmp/tongdai-stream-attachments'),
    baseDomain: BASE_DOMAIN,
    trustProxy: true,
    now: () => new Date(),
  });
  return { app, close: () => Promise.all([db.close(), registry.close(), limiters.close()]) };
}

/** Reads an SSE response in the background, collecting `case` events. */
function collect(res: Response) {
  const events: { event: string; data: Record<string, unknown> }[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const done = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
      }
    }
  })();
  return { events, stop: async () => void (await reader.cancel().catch(() => undefined), await done) };
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let h: Harness;
let other: ReturnType<typeof secondApp>;
const sql = adminSql();

beforeAll(async () => {
  h = await createHarness();
  other = secondApp();
});
afterAll(async () => {
  await sql.end();
  await other.close();
  await h.close();
});

describe('GET /v1/cases/stream (SSE fed by LISTEN/NOTIFY)', () => {
  it('shows a change made through one API instance on another instance’s stream, within the province and scope', async () => {
    const ids = await provinceIds(sql, h.a.id);
    const [agencyA, agencyB] = ids.agencies as unknown as [{ id: string }, { id: string }];
    const op = await signIn(h, h.a, 'operator');
    const staffA = await signIn(h, h.a, 'agency_staff', agencyA.id);
    const staffB = await signIn(h, h.a, 'agency_staff', agencyB.id);
    const opOther = await signIn(h, h.b, 'operator');
    const open = (host: string, cookie: string) =>
      other.app.request('/v1/cases/stream', {
        headers: { host: `${host}.${BASE_DOMAIN}:${WEB_PORT}`, cookie },
      });
    const streams = {
      operator: collect(await open(h.a.slug, op.cookie)),
      agencyA: collect(await open(h.a.slug, staffA.cookie)),
      agencyB: collect(await open(h.a.slug, staffB.cookie)),
      otherProvince: collect(await open(h.b.slug, opOther.cookie)),
    };
    await until(() => Object.values(streams).every((s) => s.events.some((e) => e.event === 'ready')));

    const call = caller(h, h.a, op.cookie);
    const created = await call('/v1/cases', {
      json: { channel: 'zalo', content: 'Hỏi về trợ cấp', topicId: ids.topics.find((t) => t.slaClassId)!.id },
      headers: { 'idempotency-key': newKey() },
    });
    const kase = created.body.case as { id: string; version: number };
    const escalated = await call(`/v1/cases/${kase.id}/escalate`, {
      json: { version: kase.version, agencyId: agencyA.id },
    });
    expect(escalated.status).toBe(200);

    const caseEvents = (s: ReturnType<typeof collect>) =>
      s.events.filter((e) => e.event === 'case' && e.data.caseId === kase.id).map((e) => e.data.kind);
    await until(
      () => caseEvents(streams.operator).includes('escalated') && caseEvents(streams.agencyA).length > 0,
    );
    expect(caseEvents(streams.operator)).toEqual(['classified', 'escalated']);
    expect(caseEvents(streams.agencyA)).toEqual(['escalated']);
    // Let any stray delivery arrive before asserting absence.
    await new Promise((r) => setTimeout(r, 300));
    expect(caseEvents(streams.agencyB)).toEqual([]);
    expect(streams.otherProvince.events.filter((e) => e.event === 'case')).toEqual([]);
    expect(JSON.stringify(streams.operator.events)).not.toContain('Hỏi về trợ cấp');
    await Promise.all(Object.values(streams).map((s) => s.stop()));
  });

  it('needs a signed-in reader', async () => {
    const res = await other.app.request('/v1/cases/stream', {
      headers: { host: `${h.a.slug}.${BASE_DOMAIN}:${WEB_PORT}` },
    });
    expect(res.status).toBe(401);
  });
});

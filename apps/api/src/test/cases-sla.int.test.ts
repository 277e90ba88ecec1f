import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseStateView } from '@tongdai/contracts';
import { testDatabaseUrls } from '@tongdai/test-utils';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobs } from '../jobs/queue.js';
import { createMailer } from '../lib/mailer.js';
import { sweepTenant } from '../services/sla/sla-sweep.js';
import { adminSql, caller, newKey, provinceIds, signIn, type ProvinceIds } from './case-fixtures.js';
import { createHarness, sessionCookie, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let ids: ProvinceIds;
let agency: ProvinceIds['agencies'][number];
let topicId: string;
const logger = pino({ level: 'silent' });
const mailDir = mkdtempSync(join(tmpdir(), 'tongdai-sla-mail-'));
const mailer = createMailer({ captureDir: mailDir, logger });
const mails = () =>
  readdirSync(mailDir).map(
    (f) =>
      JSON.parse(readFileSync(join(mailDir, f), 'utf8')) as { to: { address: string }[]; subject: string },
  );

beforeAll(async () => {
  h = await createHarness();
  ids = await provinceIds(sql, h.a.id);
  agency = ids.agencies[0]!;
  await sql`update agencies set contact_email = 'vanthu@soyte.example.test' where tenant_id = ${h.a.id} and id = ${agency.id}`;
  topicId = ids.topics.find((t) => t.slaClassId)!.id;
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

/** A fresh operator (sessions expire as the clock moves) with an escalated case. */
async function escalatedCase() {
  const op = await signIn(h, h.a, 'operator');
  const call = caller(h, h.a, op.cookie);
  const created = await call('/v1/cases', {
    json: { channel: 'hotline', content: 'Phản ánh chậm trả kết quả xét nghiệm', topicId },
    headers: { 'idempotency-key': newKey() },
  });
  const kase = created.body.case as CaseStateView;
  const escalated = await call(`/v1/cases/${kase.id}/escalate`, {
    json: { version: kase.version, agencyId: agency.id },
  });
  expect(escalated.status).toBe(200);
  return { call, kase: escalated.body.case as CaseStateView };
}

const moveClockTo = (instant: string, plusMs = 60_000) =>
  h.advanceClock(Math.max(0, new Date(instant).getTime() + plusMs - h.now().getTime()));

const deps = () => ({ db: h.db, mailer, logger });
const countRows = async (caseId: string) => {
  const [n] = await sql`select
      (select count(*)::int from case_events where tenant_id = ${h.a.id} and case_id = ${caseId} and type = 'sla_breached') as events,
      (select count(*)::int from notifications where tenant_id = ${h.a.id} and case_id = ${caseId} and kind = 'sla_breached') as notifications,
      (select count(distinct recipient)::int from notifications where tenant_id = ${h.a.id} and case_id = ${caseId} and kind = 'sla_breached') as recipients`;
  return n as { events: number; notifications: number; recipients: number };
};

describe('the escalation preview', () => {
  it('shows the deadlines escalating now would set, and changes nothing', async () => {
    const op = await signIn(h, h.a, 'operator');
    const call = caller(h, h.a, op.cookie);
    const created = await call('/v1/cases', {
      json: { channel: 'hotline', content: 'Hỏi lịch tiêm chủng mở rộng', topicId },
      headers: { 'idempotency-key': newKey() },
    });
    const kase = created.body.case as CaseStateView;
    const preview = await call(`/v1/cases/${kase.id}/escalation-preview?agencyId=${agency.id}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ agency: { id: agency.id } });
    expect(typeof preview.body.slaClassName).toBe('string');
    const events = (await call(`/v1/cases/${kase.id}/events`)).body.events as unknown[];
    const escalated = await call(`/v1/cases/${kase.id}/escalate`, {
      json: { version: kase.version, agencyId: agency.id },
    });
    // Same version accepted: the preview wrote nothing. The deadlines match up to the few
    // milliseconds between the two requests.
    expect(escalated.status).toBe(200);
    const done = escalated.body.case as CaseStateView;
    const apart = (a: unknown, b: unknown) =>
      Math.abs(new Date(a as string).getTime() - new Date(b as string).getTime());
    expect(apart(done.ackDueAt, preview.body.ackDueAt)).toBeLessThan(5_000);
    expect(apart(done.dueAt, preview.body.dueAt)).toBeLessThan(5_000);
    expect(((await call(`/v1/cases/${kase.id}/events`)).body.events as unknown[]).length).toBe(
      events.length + 1,
    );
  });

  it('explains an unclassified case, refuses unknown agencies, other provinces and agency staff', async () => {
    const op = await signIn(h, h.a, 'operator');
    const call = caller(h, h.a, op.cookie);
    const created = await call('/v1/cases', {
      json: { channel: 'hotline', content: 'Chưa rõ chủ đề' },
      headers: { 'idempotency-key': newKey() },
    });
    const id = (created.body.case as CaseStateView).id;
    const unclassified = await call(`/v1/cases/${id}/escalation-preview`);
    expect(unclassified.status).toBe(409);
    expect((unclassified.body.error as { message: string }).message).toMatch(/phân loại/);
    const badAgency = await call(
      `/v1/cases/${id}/escalation-preview?agencyId=00000000-0000-4000-8000-000000000000`,
    );
    expect(badAgency.status).toBe(400);
    const otherProvince = caller(h, h.b, (await signIn(h, h.b, 'operator')).cookie);
    expect((await otherProvince(`/v1/cases/${id}/escalation-preview`)).status).toBe(404);
    const staff = caller(h, h.a, (await signIn(h, h.a, 'agency_staff')).cookie);
    expect((await staff(`/v1/cases/${id}/escalation-preview`)).status).toBe(403);
  });

  it('refuses a closed case as confirming would, naming its state', async () => {
    const call = caller(h, h.a, (await signIn(h, h.a, 'operator')).cookie);
    const created = await call('/v1/cases', {
      json: { channel: 'hotline', content: 'Hỏi giờ làm việc', topicId },
      headers: { 'idempotency-key': newKey() },
    });
    const kase = created.body.case as CaseStateView;
    await sql`update cases set status = 'closed', closed_at = now(), sla_watch_at = null where tenant_id = ${h.a.id} and id = ${kase.id}`;
    const preview = await call(`/v1/cases/${kase.id}/escalation-preview`);
    expect(preview.status).toBe(409);
    expect((preview.body.error as { code: string }).code).toBe('TRANSITION_REFUSED');
  });
});

describe('the SLA sweep', () => {
  it('marks a case at risk at 75 % and breached after its due time, and tells supervisors and the agency', async () => {
    const sup = await signIn(h, h.a, 'supervisor');
    const { kase } = await escalatedCase();
    expect((await sweepTenant(deps(), h.a.id, h.now())).atRisk).toBe(0);
    moveClockTo(kase.atRiskAt!);
    const first = await sweepTenant(deps(), h.a.id, h.now());
    expect(first.atRisk).toBeGreaterThanOrEqual(1);
    const sup2 = await signIn(h, h.a, 'supervisor');
    const asSup = caller(h, h.a, sup2.cookie);
    const atRisk = (await asSup('/v1/cases/queues/at-risk')).body.cases as { id: string }[];
    expect(atRisk.map((c) => c.id)).toContain(kase.id);
    moveClockTo(kase.dueAt!);
    await sweepTenant(deps(), h.a.id, h.now());
    const asSup3 = caller(h, h.a, (await signIn(h, h.a, 'supervisor')).cookie);
    const breached = (await asSup3('/v1/cases/queues/breached')).body.cases as { id: string }[];
    expect(breached.map((c) => c.id)).toContain(kase.id);
    expect((await asSup3('/v1/cases/queues/at-risk')).body.cases).not.toContainEqual(
      expect.objectContaining({ id: kase.id }),
    );
    const counts = (await asSup3('/v1/cases/queues/counts')).body as {
      byAgency: { agencyId: string; breached: number }[];
    };
    expect(counts.byAgency.find((a) => a.agencyId === agency.id)?.breached).toBeGreaterThanOrEqual(1);
    const to = mails().map((m) => m.to[0]?.address);
    expect(to).toContain('vanthu@soyte.example.test');
    expect(to).toContain(sup.email);
    const types = ((await asSup3(`/v1/cases/${kase.id}/events`)).body.events as { type: string }[]).map(
      (e) => e.type,
    );
    expect(types.slice(-2)).toEqual(['sla_at_risk', 'sla_breached']);
    // The supervisor who was a member when it happened signs in again (the clock moved days on).
    const login = await h.request(h.a, '/v1/auth/login', {
      json: { email: sup.email, password: sup.password },
    });
    const asFirst = caller(h, h.a, sessionCookie(login));
    const inbox = (await asFirst('/v1/notifications')).body.notifications as {
      caseId: string;
      kind: string;
    }[];
    expect(
      inbox
        .filter((n) => n.caseId === kase.id)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['sla_at_risk', 'sla_breached']);
    expect((await asSup3('/v1/notifications')).body.notifications).toEqual([]);
  });

  it('does not run the clock while waiting for the citizen', async () => {
    const { call, kase } = await escalatedCase();
    const waiting = await call(`/v1/cases/${kase.id}/wait-citizen`, { json: { version: kase.version } });
    expect(waiting.status).toBe(200);
    moveClockTo(kase.dueAt!, 3_600_000);
    await sweepTenant(deps(), h.a.id, h.now());
    const [row] = await sql`select sla_state from cases where tenant_id = ${h.a.id} and id = ${kase.id}`;
    expect(row?.sla_state).toBe('on_track');
  });

  it('never notifies twice when sweeps run concurrently', async () => {
    const { kase } = await escalatedCase();
    moveClockTo(kase.dueAt!);
    await Promise.all([1, 2, 3].map(() => sweepTenant(deps(), h.a.id, h.now())));
    const n = await countRows(kase.id);
    expect(n.events).toBe(1);
    expect(n.notifications).toBe(n.recipients);
    expect(n.recipients).toBeGreaterThanOrEqual(2);
  });
});

describe('the SLA job queue (pg-boss)', () => {
  it('loses and duplicates no breach notification when the worker stops mid-way and starts again', async () => {
    await signIn(h, h.a, 'supervisor');
    const one = (await escalatedCase()).kase;
    const two = (await escalatedCase()).kase;
    moveClockTo(two.dueAt!);
    const { appUrl } = testDatabaseUrls();
    let crashed = false;
    const worker1 = await startJobs(
      {
        appUrl,
        ...deps(),
        now: h.now,
        hooks: {
          afterCase: async () => {
            if (crashed) return;
            crashed = true;
            throw new Error('worker killed mid-way');
          },
        },
      },
      { schedule: false, pollingIntervalSeconds: 0.5 },
    );
    await worker1.sweepTenant(h.a.id);
    await waitFor(async () => crashed, 15_000);
    await worker1.stop({ graceful: false });
    const afterCrash = [await countRows(one.id), await countRows(two.id)];
    // Mid-way: the first case's transaction committed, the sweep died before the others.
    expect(afterCrash.map((n) => n.events).sort()).toEqual([0, 1]);

    const worker2 = await startJobs(
      { appUrl, ...deps(), now: h.now },
      { schedule: false, pollingIntervalSeconds: 0.5 },
    );
    try {
      await worker2.sweepTenant(h.a.id);
      await waitFor(
        async () => (await countRows(one.id)).events === 1 && (await countRows(two.id)).events === 1,
        30_000,
      );
      await worker2.sweepTenant(h.a.id);
      await sweepTenant(deps(), h.a.id, h.now());
    } finally {
      await worker2.stop();
    }
    for (const kase of [one, two]) {
      const n = await countRows(kase.id);
      expect(n).toEqual({ events: 1, notifications: n.recipients, recipients: n.recipients });
      expect(n.recipients).toBeGreaterThanOrEqual(2);
      const subjects = mails().filter(
        (m) => m.subject.includes(kase.code) && m.subject.startsWith('Quá hạn'),
      );
      const perAddress = new Map<string, number>();
      for (const m of subjects) perAddress.set(m.to[0]!.address, (perAddress.get(m.to[0]!.address) ?? 0) + 1);
      expect([...perAddress.values()].every((x) => x === 1)).toBe(true);
      expect(perAddress.get('vanthu@soyte.example.test')).toBe(1);
    }
  }, 60_000);

  it('keeps its every-minute schedule in the database across restarts', async () => {
    const { appUrl } = testDatabaseUrls();
    const options = { pollingIntervalSeconds: 0.5, cronMonitor: false };
    const first = await startJobs({ appUrl, ...deps(), now: h.now }, options);
    await first.stop();
    const [row] = await sql`select cron from pgboss.schedule where name = 'sla-sweep'`;
    expect(row?.cron).toBe('* * * * *');
    const again = await startJobs({ appUrl, ...deps(), now: h.now }, options);
    expect((await again.boss.getSchedules()).map((s) => s.name).sort()).toEqual([
      'digest-sweep',
      'sla-sweep',
    ]);
    await again.stop();
  }, 30_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out waiting');
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseUrls } from '@tongdai/test-utils';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobs } from '../jobs/queue.js';
import { createMailer } from '../lib/mailer.js';
import { runScheduledDigest } from '../services/digest-schedule.js';
import { agencyProvince } from './agency-fixtures.js';
import { adminSql } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
const logger = pino({ level: 'silent' });
const deps = () => ({
  db: h.db,
  logger,
  mailer: createMailer({ captureDir: mkdtempSync(join(tmpdir(), 'tongdai-digest-')), logger }),
});
/** Local wall-clock time in Vietnam. */
const vn = (local: string) => new Date(`${local}:00+07:00`);

beforeAll(async () => {
  h = await createHarness();
  for (const province of [h.a, h.b]) {
    const p = await agencyProvince(h, sql, province);
    await p.escalated(p.agencyA, 'Hỏi lịch xét nghiệm tại trạm y tế xã');
  }
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

const digestsOn = async (tenantId: string, date: string) =>
  (await sql`select agency_id from digests where tenant_id = ${tenantId} and digest_date = ${date}`).length;

describe('the scheduled daily digest', () => {
  it('waits for the province’s digest time on a working day, then issues once', async () => {
    expect(await runScheduledDigest(deps(), h.a.id, vn('2030-01-07T16:29'))).toBeNull();
    expect(await digestsOn(h.a.id, '2030-01-07')).toBe(0);
    const due = await runScheduledDigest(deps(), h.a.id, vn('2030-01-07T16:31'));
    expect(due?.date).toBe('2030-01-07');
    expect(due?.created.length).toBeGreaterThan(0);
    const again = await runScheduledDigest(deps(), h.a.id, vn('2030-01-07T16:36'));
    expect(again?.created).toEqual([]);
    expect(await digestsOn(h.a.id, '2030-01-07')).toBe(due!.created.length);
  });

  it('follows the province’s own digest time and skips weekends', async () => {
    await sql`insert into digest_settings (tenant_id, digest_time) values (${h.a.id}, '09:00')
              on conflict (tenant_id) do update set digest_time = '09:00'`;
    expect((await runScheduledDigest(deps(), h.a.id, vn('2030-01-08T09:05')))?.date).toBe('2030-01-08');
    expect(await runScheduledDigest(deps(), h.a.id, vn('2030-01-12T17:00'))).toBeNull();
    expect(await runScheduledDigest(deps(), h.a.id, vn('2030-01-13T17:00'))).toBeNull();
  });

  it('runs from the job queue, keyed by province, with a 5-minute schedule', async () => {
    const { appUrl } = testDatabaseUrls();
    const jobs = await startJobs(
      { appUrl, ...deps(), now: () => vn('2030-01-09T16:45') },
      { schedule: false, pollingIntervalSeconds: 0.5 },
    );
    try {
      await jobs.digestTenant(h.b.id);
      const until = Date.now() + 20_000;
      while (Date.now() < until && (await digestsOn(h.b.id, '2030-01-09')) === 0) {
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(await digestsOn(h.b.id, '2030-01-09')).toBeGreaterThan(0);
      expect(await digestsOn(h.a.id, '2030-01-09')).toBe(0);
    } finally {
      await jobs.stop();
    }
    const scheduled = await startJobs(
      { appUrl, ...deps(), now: h.now },
      { pollingIntervalSeconds: 0.5, cronMonitor: false },
    );
    await scheduled.stop();
    const [row] = await sql`select cron from pgboss.schedule where name = 'digest-sweep'`;
    expect(row?.cron).toBe('*/5 * * * *');
  }, 40_000);
});

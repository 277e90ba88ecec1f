import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMember, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import { pino } from 'pino';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../lib/mailer.js';
import { runDailyDigest } from '../services/digests.js';
import { createHarness, sessionCookie, type Harness } from './harness.js';
import { pdfText } from './pdf-text.js';

const { adminUrl } = testDatabaseUrls();
const admin = postgres(adminUrl, { max: 2, onnotice: () => undefined });
let h: Harness;

type Json = Record<string, unknown> & { error?: { code: string; message: string } };
interface Agency {
  id: string;
  name: string;
}

let health: Agency;
let other: Agency;
let topicId: string;

/** 16:30 in Vietnam on a local date. */
const vnAt = (date: string, time = '16:30') => new Date(`${date}T${time}:00+07:00`);

let caseNo = 0;
async function escalate(p: TestProvince, agency: Agency, over: Record<string, unknown> = {}) {
  caseNo += 1;
  const [row] = await admin`
    insert into cases ${admin({
      tenant_id: p.id,
      code: `HD-2026-${String(caseNo).padStart(6, '0')}`,
      channel: 'hotline',
      status: 'escalated',
      agency_id: agency.id,
      topic_id: topicId,
      received_at: new Date('2026-03-01T02:00:00Z'),
      due_at: new Date('2026-03-04T10:00:00Z'),
      content: 'Xin hỏi lịch xét nghiệm tại trạm y tế xã?',
      ...over,
    })} returning id`;
  return row!.id as string;
}

async function signIn(p: TestProvince, role: 'supervisor' | 'operator' | 'agency_staff', agencyId?: string) {
  const m = await createMember(adminUrl, p.id, { role, ...(agencyId ? { agencyId } : {}) });
  const res = await h.request(p, '/v1/auth/login', { json: { email: m.email, password: m.password } });
  expect(res.status).toBe(200);
  return sessionCookie(res);
}

const get = async (p: TestProvince, path: string, cookie: string) => {
  const res = await h.request(p, path, { cookie });
  return { status: res.status, body: (await res.json()) as Json };
};

/** The service as the scheduler calls it, at a chosen instant, with mail captured to its own folder. */
function deps(now: Date) {
  const mailDir = mkdtempSync(join(tmpdir(), 'tongdai-digest-mail-'));
  const logger = pino({ level: 'silent' });
  return {
    deps: { db: h.db, mailer: createMailer({ captureDir: mailDir, logger }), logger, now: () => now },
    mailCount: () => readdirSync(mailDir).length,
  };
}

const tenantRow = async (p: TestProvince) => (await h.db.findTenantBySlug(p.slug))!;

beforeAll(async () => {
  h = await createHarness();
  const agencies = await admin<Agency[]>`
    select id, name from agencies where tenant_id = ${h.a.id} order by position, code`;
  health = agencies.find((a) => a.name.startsWith('Sở Y tế'))!;
  other = agencies.find((a) => a.id !== health.id)!;
  await admin`update agencies set contact_email = 'vanthu.syt@example.test' where id = ${health.id}`;
  const [topic] = await admin`select id from topics where tenant_id = ${h.a.id} order by position limit 1`;
  topicId = topic!.id as string;
});
afterAll(async () => {
  await h.close();
  await admin.end();
});

describe('runDailyDigest', () => {
  it('issues one numbered letter per agency with open escalations, numbering anew each year', async () => {
    await escalate(h.a, health);
    await escalate(h.a, other);
    await escalate(h.a, other, { status: 'acknowledged' });
    await escalate(h.a, other, { status: 'answered' });
    const tenant = await tenantRow(h.a);

    const first = await runDailyDigest(deps(vnAt('2026-03-02')).deps, tenant);
    expect(first.date).toBe('2026-03-02');
    expect(first.created.map((d) => d.number).sort()).toEqual([1, 2]);
    const second = await runDailyDigest(deps(vnAt('2026-03-03')).deps, tenant);
    expect(second.created.map((d) => d.number).sort()).toEqual([3, 4]);
    const nextYear = await runDailyDigest(deps(vnAt('2027-01-04')).deps, tenant);
    expect(nextYear.created.map((d) => d.number).sort()).toEqual([1, 2]);

    const rows = await admin`
      select agency_id, year, number, cardinality(case_ids)::int as n from digests
      where tenant_id = ${h.a.id} and digest_date = '2026-03-02' order by number`;
    const byAgency = Object.fromEntries(rows.map((r) => [r.agency_id as string, r.n as number]));
    // Answered cases are not listed: only escalated and acknowledged ones wait for the agency.
    expect(byAgency).toEqual({ [health.id]: 1, [other.id]: 2 });
  });

  it('creates nothing new and sends nothing twice when run again for the same day', async () => {
    const tenant = await tenantRow(h.a);
    const run = deps(vnAt('2026-03-02', '18:00'));
    const again = await runDailyDigest(run.deps, tenant);
    expect(again).toEqual({ date: '2026-03-02', created: [], sent: [], unsent: expect.any(Array) });
    // Only the agency without a contact address is still waiting; nothing was mailed.
    expect(again.unsent.map((u) => [u.agencyId, u.reason])).toEqual([[other.id, 'no_contact_email']]);
    expect(run.mailCount()).toBe(0);
    const [count] = await admin`select count(*)::int as n from digests where tenant_id = ${h.a.id}`;
    expect(count!.n).toBe(1 + 6); // the sample letter of the test province, and this file's six
  });

  it('mails the letter to the agency’s contact address with the PDF attached', async () => {
    const tenant = await tenantRow(h.a);
    const run = deps(vnAt('2026-03-05'));
    const result = await runDailyDigest(run.deps, tenant);
    expect(result.sent).toEqual([{ id: expect.any(String), to: 'vanthu.syt@example.test' }]);
    expect(run.mailCount()).toBe(1);
  });

  it('refuses a day in the future or too long ago', async () => {
    const tenant = await tenantRow(h.a);
    await expect(runDailyDigest(deps(vnAt('2026-03-05')).deps, tenant, '2026-03-06')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(runDailyDigest(deps(vnAt('2026-03-20')).deps, tenant, '2026-03-01')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('/v1/digests', () => {
  let supervisor: string;
  let healthDigest: string;
  let otherDigest: string;
  let bHealth: Agency;
  let bOther: Agency;
  // The test province comes with a sample letter of its own; only this block's letters are compared.
  let seeded = new Set<string>();
  const ids = (body: Json) =>
    (body.digests as { id: string }[]).map((d) => d.id).filter((id) => !seeded.has(id));

  beforeAll(async () => {
    seeded = new Set(
      (await admin`select id from digests where tenant_id = ${h.b.id}`).map((r) => r.id as string),
    );
    supervisor = await signIn(h.b, 'supervisor');
    const agencies = await admin<Agency[]>`
      select id, name from agencies where tenant_id = ${h.b.id} order by position, code`;
    bHealth = agencies.find((a) => a.name.startsWith('Sở Y tế'))!;
    bOther = agencies.find((a) => a.id !== bHealth.id)!;
    await admin`update agencies set contact_email = 'syt.b@example.test' where id = ${bHealth.id}`;
    const [topic] = await admin`select id from topics where tenant_id = ${h.b.id} order by position limit 1`;
    topicId = topic!.id as string;
    await escalate(h.b, bHealth, {
      content:
        'Tôi là Nguyễn Thị Lan, số 12 ngõ 5 Lê Lợi, SĐT 0913.680.916: con tôi sốt, xin hỏi lịch xét nghiệm ở đâu?',
      citizen_name: 'Nguyễn Thị Lan',
      citizen_phone: '+84913680916',
      citizen_address: 'Số 12, ngõ 5 Lê Lợi',
      due_at: new Date(Date.now() + 3 * 86_400_000),
      received_at: new Date(Date.now() - 86_400_000),
    });
    await escalate(h.b, bOther, { received_at: new Date(Date.now() - 86_400_000) });
    const run = await h.request(h.b, '/v1/digests/run', { json: {}, cookie: supervisor });
    expect(run.status).toBe(200);
    const result = (await run.json()) as { created: { id: string; agencyId: string }[] };
    healthDigest = result.created.find((d) => d.agencyId === bHealth.id)!.id;
    otherDigest = result.created.find((d) => d.agencyId === bOther.id)!.id;
  });

  it('lists the history for supervisors, filtered by agency and date', async () => {
    const all = await get(h.b, '/v1/digests', supervisor);
    expect(all.status).toBe(200);
    expect(ids(all.body)).toEqual(expect.arrayContaining([healthDigest, otherDigest]));
    const one = await get(h.b, `/v1/digests?agencyId=${bHealth.id}`, supervisor);
    expect(ids(one.body)).toEqual([healthDigest]);
    expect((one.body.digests as { agencyId: string }[]).every((d) => d.agencyId === bHealth.id)).toBe(true);
    const none = await get(h.b, '/v1/digests?from=2020-01-01&to=2020-12-31', supervisor);
    expect(none.body.digests).toEqual([]);
  });

  it('returns the letter without the citizen’s personal data', async () => {
    const res = await get(h.b, `/v1/digests/${healthDigest}`, supervisor);
    expect(res.status).toBe(200);
    const digest = res.body.digest as {
      letter: { salutation: { recipient: string }; table: { rows: { question: string }[] } };
    };
    expect(digest.letter.salutation.recipient).toMatch(/^Sở Y tế/);
    const question = digest.letter.table.rows[0]!.question;
    expect(question).toBe(
      'Tôi là [họ tên], [địa chỉ], SĐT [số điện thoại]: con tôi sốt, xin hỏi lịch xét nghiệm ở đâu?',
    );
  });

  it('renders a PDF whose text keeps every Vietnamese diacritic', async () => {
    const res = await h.request(h.b, `/v1/digests/${healthDigest}/pdf`, { cookie: supervisor });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kính gửi: Sở Y tế',
      'xét nghiệm',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain('0913');
    expect(text).not.toContain('Nguyễn Thị Lan');
  });

  it('mailed the PDF to the agency, with the same letter inside', async () => {
    const mail = h.mails().find((m) => m.to === 'syt.b@example.test');
    expect(mail?.subject).toMatch(/^Công văn số 1\/TĐ1022-STTTT/);
    expect(mail?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [expect.stringMatching(/^cong-van-1-TD1022-STTTT-\d{4}-\d{2}-\d{2}\.pdf$/), 'application/pdf'],
    ]);
    const { text } = await pdfText(new Uint8Array(mail!.attachments[0]!.content));
    expect(text).toContain('Kính gửi: Sở Y tế');
    expect(text).toContain('xét nghiệm');
  });

  it('a second run now creates and sends nothing', async () => {
    const before = h.mails().length;
    const res = await h.request(h.b, '/v1/digests/run', { json: {}, cookie: supervisor });
    expect(await res.json()).toMatchObject({ created: [], sent: [] });
    expect(h.mails().length).toBe(before);
  });

  it('shows agency staff only their own agency’s letters', async () => {
    const staff = await signIn(h.b, 'agency_staff', bHealth.id);
    const list = await get(h.b, '/v1/digests', staff);
    expect(ids(list.body)).toEqual([healthDigest]);
    expect((list.body.digests as { agencyId: string }[]).every((d) => d.agencyId === bHealth.id)).toBe(true);
    expect((await get(h.b, `/v1/digests/${healthDigest}`, staff)).status).toBe(200);
    const foreign = await get(h.b, `/v1/digests/${otherDigest}`, staff);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error?.code).toBe('NOT_FOUND');
    expect((await h.request(h.b, `/v1/digests/${otherDigest}/pdf`, { cookie: staff })).status).toBe(404);
    const filtered = await get(h.b, `/v1/digests?agencyId=${bOther.id}`, staff);
    expect(filtered.body.digests).toEqual([]);
    const run = await h.request(h.b, '/v1/digests/run', { json: {}, cookie: staff });
    expect(run.status).toBe(403);
  });

  it('keeps the letters of one province away from another province and from other roles', async () => {
    const elsewhere = await signIn(h.a, 'supervisor');
    expect((await get(h.a, `/v1/digests/${healthDigest}`, elsewhere)).status).toBe(404);
    const operator = await signIn(h.b, 'operator');
    expect((await get(h.b, '/v1/digests', operator)).status).toBe(403);
    expect((await h.request(h.b, '/v1/digests')).status).toBe(401);
  });

  it('answers bad input with 400 and a message, never 500', async () => {
    const badId = await get(h.b, '/v1/digests/not-a-uuid', supervisor);
    expect(badId.status).toBe(400);
    const badQuery = await get(h.b, '/v1/digests?from=2026-02-31', supervisor);
    expect(badQuery.body.error?.code).toBe('VALIDATION_FAILED');
    const reversed = await get(h.b, '/v1/digests?from=2026-03-02&to=2026-03-01', supervisor);
    expect(reversed.status).toBe(400);
    const future = await h.request(h.b, '/v1/digests/run', {
      json: { date: '2999-01-01' },
      cookie: supervisor,
    });
    expect(future.status).toBe(400);
    expect(((await future.json()) as Json).error?.message).toMatch(/tương lai/);
  });
});

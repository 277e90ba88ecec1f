import type { CaseStateView, MonthlyReportOutput } from '@tongdai/contracts';
import { median, roundHours } from '@tongdai/core';
import type { TestProvince } from '@tongdai/test-utils';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SHEETS } from '../lib/report-xlsx.js';
import { XLSX_TYPE } from '../lib/spreadsheet.js';
import { adminSql, caller, newKey, provinceIds, signIn, type ProvinceIds } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

/**
 * The monthly report over cases taken through the state machine at chosen instants (the harness
 * clock), in November 2025 with October beside it, in Vietnam's time zone.
 */
let h: Harness;
const sql = adminSql();
let ids: ProvinceIds;
let faqId: string;
let topicId: string;
let health: ProvinceIds['agencies'][number];
let other: ProvinceIds['agencies'][number];

const vn = (local: string) => new Date(`${local}:00+07:00`);
const hours = (from: Date | string, to: Date | string) =>
  (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000;
const citizen = { phone: '0913680916', email: 'dan@example.test' };

/** Moves the harness clock to `instant` and signs a fresh operator in there (sessions follow the clock). */
async function at(instant: Date, p: TestProvince = h.a) {
  h.advanceClock(instant.getTime() - h.now().getTime());
  const call = caller(h, p, (await signIn(h, p, 'operator')).cookie);
  const act = async (s: CaseStateView, action: string, json: Record<string, unknown> = {}) => {
    const res = await call(`/v1/cases/${s.id}/${action}`, { json: { version: s.version, ...json } });
    if (res.status >= 300) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.case as CaseStateView;
  };
  const create = async (channel: string, topic: string | null) => {
    const res = await call('/v1/cases', {
      json: { channel, content: 'Hỏi về thủ tục', citizen, ...(topic ? { topicId: topic } : {}) },
      headers: { 'idempotency-key': newKey() },
    });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.case as CaseStateView;
  };
  return { act, create };
}

/** Answered from the FAQ, relayed by e-mail, closed: ten minutes apart from `start`. */
async function answerAndClose(s: CaseStateView, start: Date) {
  const { act } = await at(start);
  const answered = await act(s, 'answer-from-faq', { faqId });
  const relayed = await act(answered, 'relay', { channel: 'email' });
  h.advanceClock(10 * 60_000);
  return act(relayed, 'close');
}

/** The agency's answer at `instant`, relayed, closed ten minutes later. */
async function agencyAnswerAndClose(s: CaseStateView, instant: Date) {
  const { act } = await at(instant);
  const answered = await act(s, 'agency-answer', { text: 'Cơ quan đã trả lời.' });
  const relayed = await act(answered, 'relay', { channel: 'email' });
  h.advanceClock(10 * 60_000);
  return act(relayed, 'close');
}

/** Closed cases with when they were received, for the median the report should find. */
const closings: { receivedAt: Date; closedAt: string }[] = [];
const track = (s: CaseStateView, receivedAt: Date) => {
  closings.push({ receivedAt, closedAt: s.closedAt! });
  return s;
};
let k5Due: string;
let k9Due: string;

beforeAll(async () => {
  h = await createHarness();
  ids = await provinceIds(sql, h.a.id);
  topicId = ids.topics.find((t) => t.slaClassId)!.id;
  [health, other] = ids.agencies as [typeof health, typeof other];
  const [faq] = await sql`insert into faq_entries (tenant_id, question, answer, state)
    values (${h.a.id}, 'Làm căn cước ở đâu?', 'Tại công an xã.', 'internal') returning id`;
  faqId = faq!.id as string;

  // October: K1 answered from the FAQ and closed; K2 received at 23:30 on the 31st, still open then.
  const k1 = await (await at(vn('2025-10-14T09:00'))).create('hotline', topicId);
  track(await answerAndClose(k1, vn('2025-10-14T09:10')), vn('2025-10-14T09:00'));
  const k2 = await (await at(vn('2025-10-31T23:30'))).create('portal', topicId);

  // November: K3 on the 1st, answered from the FAQ (its deadline removed below: "no deadline").
  const k3 = await (await at(vn('2025-11-01T00:10'))).create('zalo', topicId);
  const k3Closed = track(await answerAndClose(k3, vn('2025-11-01T00:20')), vn('2025-11-01T00:10'));
  await sql`update cases set due_at = null where tenant_id = ${h.a.id} and id = ${k3Closed.id}`;

  // K2 escalated to Health, answered an hour before its deadline: on time.
  const k2Escalated = await (await at(vn('2025-11-03T09:00'))).act(k2, 'escalate', { agencyId: health.id });
  const k2Due = new Date(k2Escalated.dueAt!);
  track(
    await agencyAnswerAndClose(k2Escalated, new Date(k2Due.getTime() - 3_600_000)),
    vn('2025-10-31T23:30'),
  );

  // K4 escalated to Health, answered two hours late.
  const k4Steps = await at(vn('2025-11-05T09:00'));
  const k4 = await k4Steps.act(await k4Steps.create('hotline', topicId), 'escalate', { agencyId: health.id });
  track(
    await agencyAnswerAndClose(k4, new Date(new Date(k4.dueAt!).getTime() + 2 * 3_600_000)),
    vn('2025-11-05T09:00'),
  );

  // K5 escalated to the other agency and never answered; K6 merged into it as a duplicate.
  const k5Steps = await at(vn('2025-11-10T09:00'));
  const k5 = await k5Steps.act(await k5Steps.create('hotline', topicId), 'escalate', {
    agencyId: other.id,
  });
  k5Due = k5.dueAt!;
  const k6Steps = await at(vn('2025-11-12T09:00'));
  await k6Steps.act(await k6Steps.create('email', topicId), 'merge', { originalId: k5.id });

  // K9 escalated to Health, answered only in December: still waiting for it at the end of November.
  const k9Steps = await at(vn('2025-11-17T09:00'));
  const k9 = await k9Steps.act(await k9Steps.create('hotline', topicId), 'escalate', { agencyId: health.id });
  k9Due = k9.dueAt!;
  await (await at(vn('2025-12-03T09:00'))).act(k9, 'agency-answer', { text: 'Trả lời muộn.' });

  // K8 never classified (no topic, no deadline); K7 received at 23:30 on the 30th, closed in December.
  await (await at(vn('2025-11-20T10:00'))).create('portal', null);
  const k7 = await (await at(vn('2025-11-30T23:30'))).create('facebook', null);
  const k7Classified = await (await at(vn('2025-12-02T08:00'))).act(k7, 'classify', { topicId });
  await answerAndClose(k7Classified, vn('2025-12-02T08:10'));

  // Another province's November case, escalated: never counted in the first one's report.
  const b = await provinceIds(sql, h.b.id);
  const bSteps = await at(vn('2025-11-15T09:00'), h.b);
  const bCase = await bSteps.create('hotline', b.topics.find((t) => t.slaClassId)!.id);
  await bSteps.act(bCase, 'escalate', { agencyId: b.agencies[0]!.id });

  h.advanceClock(vn('2025-12-05T10:00').getTime() - h.now().getTime());
}, 120_000);

afterAll(async () => {
  await sql.end();
  await h.close();
});

async function supervisor(p: TestProvince = h.a) {
  return caller(h, p, (await signIn(h, p, 'supervisor')).cookie);
}

describe('GET /v1/reports/monthly', () => {
  let report: MonthlyReportOutput;
  beforeAll(async () => {
    const res = await (await supervisor())('/v1/reports/monthly?month=2025-11');
    expect(res.status).toBe(200);
    report = res.body as unknown as MonthlyReportOutput;
  });

  it('counts the month in Vietnam’s time zone, with October beside it', () => {
    for (const due of [k5Due, k9Due]) expect(new Date(due) < vn('2025-12-01T00:00')).toBe(true);
    const november = closings.filter((c) => c.closedAt >= vn('2025-11-01T00:00').toISOString());
    expect(report).toMatchObject({
      month: '2025-11',
      previousMonth: '2025-10',
      from: '2025-11-01',
      to: '2025-11-30',
      complete: true,
      asOf: vn('2025-12-01T00:00').toISOString(),
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(report.totals).toEqual({
      received: 6,
      merged: 1,
      closed: 3,
      closedOnTime: 1,
      closedLate: 1,
      closedNoDeadline: 1,
      onTimeRate: 0.5,
      medianHoursToClose: roundHours(median(november.map((c) => hours(c.receivedAt, c.closedAt)))),
      openAtEnd: 4,
      overdueAtEnd: 2,
      answeredFromFaq: 1,
      escalated: 4,
    });
    expect(report.previous).toEqual({
      received: 2,
      merged: 0,
      closed: 1,
      closedOnTime: 1,
      closedLate: 0,
      closedNoDeadline: 0,
      onTimeRate: 1,
      medianHoursToClose: 0.3,
      openAtEnd: 1,
      overdueAtEnd: 0,
      answeredFromFaq: 1,
      escalated: 0,
    });
  });

  it('breaks the month down by channel, topic and day; 23:30 on the 30th is still November', () => {
    expect(report.byChannel).toEqual([
      { channel: 'hotline', received: 3, closed: 1 },
      { channel: 'portal', received: 1, closed: 1 },
      { channel: 'email', received: 0, closed: 0 },
      { channel: 'zalo', received: 1, closed: 1 },
      { channel: 'facebook', received: 1, closed: 0 },
    ]);
    expect(report.byTopic.slice(0, 2)).toEqual([
      { topicId, topicName: expect.any(String), received: 5 },
      { topicId: null, topicName: null, received: 1 },
    ]);
    expect(report.byTopic.slice(2).every((t) => t.received === 0)).toBe(true);
    const days = Object.fromEntries(
      report.byDay.filter((d) => d.received > 0).map((d) => [d.date, d.received]),
    );
    expect(days).toEqual({
      '2025-11-01': 1,
      '2025-11-05': 1,
      '2025-11-10': 1,
      '2025-11-17': 1,
      '2025-11-20': 1,
      '2025-11-30': 1,
    });
    expect(report.byDay).toHaveLength(30);
  });

  it('gives each agency its escalations, answers on time and cases left unanswered past the deadline', () => {
    expect(report.byAgency).toEqual([
      {
        agencyId: health.id,
        agencyName: expect.any(String),
        escalated: 3,
        answered: 2,
        answeredOnTime: 1,
        answeredOnTimeRate: 0.5,
        unansweredOverdue: 1,
      },
      {
        agencyId: other.id,
        agencyName: expect.any(String),
        escalated: 1,
        answered: 0,
        answeredOnTime: 0,
        answeredOnTimeRate: null,
        unansweredOverdue: 1,
      },
    ]);
  });

  it('defaults to the last complete month', async () => {
    const res = await (await supervisor())('/v1/reports/monthly');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ month: '2025-11', totals: { received: 6 } });
  });

  it('counts only the province’s own cases', async () => {
    const res = await (await supervisor(h.b))('/v1/reports/monthly?month=2025-11');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totals: { received: 1, escalated: 1, openAtEnd: 1, closed: 0 } });
    expect((res.body as unknown as MonthlyReportOutput).byAgency.map((a) => a.agencyId)).not.toContain(
      health.id,
    );
  });

  it('refuses a month that has not begun and a malformed one, in Vietnamese', async () => {
    const call = await supervisor();
    const future = await call('/v1/reports/monthly?month=2026-01');
    expect(future.status).toBe(400);
    expect(future.body.error?.message).toMatch(/Tháng 01\/2026 chưa đến/);
    for (const month of ['2025-13', '11-2025', 'abc']) {
      const bad = await call(`/v1/reports/monthly?month=${month}`);
      expect(bad.status, month).toBe(400);
      expect(bad.body.error?.issues?.[0]).toEqual({
        path: 'month',
        message: 'Tháng cần có dạng yyyy-mm, ví dụ 2026-03.',
      });
    }
    const running = await call('/v1/reports/monthly?month=2025-12');
    expect(running.status).toBe(200);
    expect(running.body).toMatchObject({ complete: false, totals: { closed: 1, answeredFromFaq: 1 } });
  });

  it('is refused to operators and agency staff, and to no one signed in', async () => {
    const operator = caller(h, h.a, (await signIn(h, h.a, 'operator')).cookie);
    expect((await operator('/v1/reports/monthly?month=2025-11')).status).toBe(403);
    expect((await operator('/v1/reports/monthly.xlsx?month=2025-11')).status).toBe(403);
    const staff = caller(h, h.a, (await signIn(h, h.a, 'agency_staff', health.id)).cookie);
    expect((await staff('/v1/reports/monthly?month=2025-11')).status).toBe(403);
    expect((await h.request(h.a, '/v1/reports/monthly?month=2025-11')).status).toBe(401);
  });
});

describe('GET /v1/reports/monthly.xlsx', () => {
  it('is a workbook with one sheet per section, named for the province and month', async () => {
    const cookie = (await signIn(h, h.a, 'supervisor')).cookie;
    const res = await h.request(h.a, '/v1/reports/monthly.xlsx?month=2025-11', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bao-cao-thang-2025-11-[a-z0-9-]+\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(await res.arrayBuffer());
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(REPORT_SHEETS));

    const totals = workbook.getWorksheet(REPORT_SHEETS.totals)!;
    expect(totals.getRow(1).values).toEqual([
      undefined,
      'Chỉ tiêu',
      'Tháng 11/2025',
      'Tháng 10/2025',
      'Chênh lệch',
    ]);
    expect(totals.getRow(2).values).toEqual([undefined, 'Tiếp nhận (không tính trùng lặp)', 6, 2, 4]);
    const channels = workbook.getWorksheet(REPORT_SHEETS.channels)!;
    expect(channels.getRow(channels.rowCount).values).toEqual([undefined, 'Tổng cộng', 6, 3]);
    const days = workbook.getWorksheet(REPORT_SHEETS.days)!;
    expect(days.getCell('A2').value).toEqual(new Date('2025-11-01T00:00:00Z'));
    expect(days.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(days.getCell('B31').value).toBe(1);
  });
});

describe('the API reference', () => {
  it('documents both reports with their month parameter', async () => {
    const res = await h.app.request('/openapi.json');
    const doc = (await res.json()) as {
      paths: Record<string, { get?: { tags?: string[]; parameters?: { name: string; in: string }[] } }>;
    };
    for (const path of ['/v1/reports/monthly', '/v1/reports/monthly.xlsx']) {
      const op = doc.paths[path]?.get;
      expect(op?.tags, path).toEqual(['Báo cáo']);
      expect(op?.parameters, path).toContainEqual(expect.objectContaining({ in: 'query', name: 'month' }));
    }
  });
});

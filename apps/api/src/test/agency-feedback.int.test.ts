import type { CaseStateView, FeedbackLinkView, FeedbackSummaryOutput } from '@tongdai/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyProvince, type AgencyProvince } from './agency-fixtures.js';
import { adminSql } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let p: AgencyProvince;
let mailNo = 0;

beforeAll(async () => {
  h = await createHarness();
  p = await agencyProvince(h, sql, h.a);
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

/** An answered case relayed by e-mail; returns the case and the token of the link in the mail. */
async function relayed() {
  mailNo += 1;
  const email = `cong.dan.${mailNo}@example.test`;
  const kase = await p.escalated(p.agencyA, 'Hỏi lịch tiêm vắc-xin cúm mùa', { email }, 'email');
  const answered = await p.act(p.as.staffA, kase, 'agency-answer', {
    text: 'Tiêm vào **thứ Năm** tại trạm y tế.',
  });
  const sent = await p.act(p.as.operator, answered, 'relay');
  const link = h
    .mails()
    .find((m) => m.to === email)
    ?.text.match(/https?:\/\/\S+\/danh-gia\/(\S+)/);
  expect(link?.[1]).toBeDefined();
  return { kase: sent, token: link![1]! };
}

const anonymous = async (path: string, json?: unknown) => {
  const res = await h.request(h.a, path, json === undefined ? {} : { json });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { error?: { message: string } },
  };
};
const view = async (token: string) =>
  (await anonymous(`/v1/feedback/${token}`)).body.feedback as FeedbackLinkView;
const close = (s: CaseStateView) => p.act(p.as.operator, s, 'close');

describe('citizen feedback through the signed link', () => {
  it('works once within the window: rate after closing, then the link is used up', async () => {
    const { kase, token } = await relayed();
    expect(await view(token)).toMatchObject({
      code: kase.code,
      status: 'relayed',
      canRate: true,
      canReopen: false,
      answerHtml: expect.stringContaining('<strong>thứ Năm</strong>'),
    });
    await close(kase);
    const open = await view(token);
    expect(open).toMatchObject({ status: 'closed', canRate: true, canReopen: true, refusal: null });
    expect(new Date(open.closesAt!).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const bad = await anonymous(`/v1/feedback/${token}`, { rating: 6 });
    expect(bad.status).toBe(400);
    const first = await anonymous(`/v1/feedback/${token}`, { rating: 5, comment: 'Trả lời nhanh, rõ ràng' });
    expect(first.status).toBe(201);
    const second = await anonymous(`/v1/feedback/${token}`, { rating: 1 });
    expect(second.status).toBe(409);
    expect(second.body.error?.message).toMatch(/đã gửi đánh giá/);
    expect(await view(token)).toMatchObject({ canRate: false });
    const events = (await p.as.operator(`/v1/cases/${kase.id}/events`)).body.events as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(events.find((e) => e.type === 'feedback_received')?.data).toMatchObject({
      rating: 5,
      reopened: false,
    });
  });

  it('does not work after the window', async () => {
    const { kase, token } = await relayed();
    await close(kase);
    await sql`update cases set closed_at = now() - interval '8 days' where id = ${kase.id}`;
    expect(await view(token)).toMatchObject({
      canRate: false,
      canReopen: false,
      refusal: expect.stringMatching(/7 ngày/),
    });
    const late = await anonymous(`/v1/feedback/${token}`, { rating: 4 });
    expect(late.status).toBe(409);
    expect(late.body.error?.message).toBe(
      'Đã quá 7 ngày kể từ khi yêu cầu được đóng: đường dẫn đánh giá không còn hiệu lực.',
    );
    const [row] = await sql`select count(*)::int as n from case_feedback where case_id = ${kase.id}`;
    expect(row!.n).toBe(0);
  });

  it('reopens a closed case within the window when the citizen is not satisfied', async () => {
    const { kase, token } = await relayed();
    const early = await anonymous(`/v1/feedback/${token}`, { rating: 2, reopen: true });
    expect(early.status).toBe(400);
    await close(kase);
    const res = await anonymous(`/v1/feedback/${token}`, {
      rating: 1,
      comment: 'Trạm y tế không tiêm vào thứ Năm, gọi tôi 0913 680 916',
      reopen: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reopened: true, status: 'classified' });
    const now = (await p.as.operator(`/v1/cases/${kase.id}`)).body.case as CaseStateView;
    expect(now).toMatchObject({ status: 'classified', agencyId: null, closedAt: null });
    const told = (await p.as.supervisor('/v1/notifications')).body.notifications as {
      kind: string;
      body: string;
    }[];
    const notice = told.find((n) => n.kind === 'case_reopened_by_citizen');
    expect(notice?.body).toContain('[số điện thoại]');
  });

  it('refuses forged links and links of another province', async () => {
    const { token } = await relayed();
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await anonymous(`/v1/feedback/${forged}`)).status).toBe(404);
    expect((await anonymous(`/v1/feedback/not-a-token`)).status).toBe(400);
    const elsewhere = await h.request(h.b, `/v1/feedback/${token}`);
    expect(elsewhere.status).toBe(404);
  });

  it('feeds the supervisors’ summary, comments without personal data', async () => {
    const summary = (await p.as.supervisor('/v1/feedback/summary')).body as unknown as FeedbackSummaryOutput;
    // The ratings above (5 and 1) plus the test province's sample rating (4).
    expect(summary.count).toBe(3);
    expect(summary.distribution).toEqual([1, 0, 0, 1, 1]);
    expect(summary.reopened).toBe(1);
    expect(summary.average).toBe(3.33);
    expect(summary.byAgency.reduce((n, a) => n + a.count, 0)).toBe(3);
    expect(summary.byAgency.find((a) => a.agencyId === p.agencyA.id)?.count).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(summary.recent)).not.toContain('0913');
    expect((await p.as.operator('/v1/feedback/summary')).status).toBe(403);
    const bad = await p.as.supervisor('/v1/feedback/summary?from=2026-05-10&to=2026-05-01');
    expect(bad.status).toBe(400);
  });
});

import type { CaseStateView, ExtensionView } from '@tongdai/contracts';
import { testDatabaseUrls } from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyProvince, daysAfter, type AgencyProvince } from './agency-fixtures.js';
import { adminSql } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let p: AgencyProvince;
let caseA: CaseStateView;
let caseB: CaseStateView;

beforeAll(async () => {
  h = await createHarness();
  p = await agencyProvince(h, sql, h.a);
  caseA = await p.escalated(p.agencyA, 'Hỏi lịch tiêm vắc-xin cho trẻ tại trạm y tế');
  caseB = await p.escalated(p.agencyB, 'Hỏi thủ tục trợ cấp thất nghiệp ở huyện');
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

const events = async (id: string) =>
  (await p.as.operator(`/v1/cases/${id}/events`)).body.events as {
    type: string;
    data: Record<string, unknown>;
  }[];

describe('personal data in the request text', () => {
  it('reaches agency staff redacted, operators in full, and lists redacted for everyone', async () => {
    const text = 'Gọi lại cho tôi số 0913 680 916 hoặc email lan.nguyen@example.vn về lịch tiêm';
    const c = await p.escalated(p.agencyA, text);
    const staff = (await p.as.staffA(`/v1/cases/${c.id}`)).body.case as { content: string };
    expect(staff.content).not.toMatch(/680|lan\.nguyen/);
    expect(staff.content).toContain('lịch tiêm');
    const operator = (await p.as.operator(`/v1/cases/${c.id}`)).body.case as { content: string };
    expect(operator.content).toBe(text);
    const listed = (await p.as.operator(`/v1/cases?q=${encodeURIComponent(c.code)}`)).body.cases as {
      preview: string;
    }[];
    expect(listed[0]?.preview).toBeDefined();
    expect(listed[0]?.preview).not.toMatch(/680|lan\.nguyen/);
  });
});

describe('agency staff see nothing outside their agency', () => {
  it('by id: another agency’s case, its timeline, its extensions and its actions are 404', async () => {
    expect((await p.as.staffA(`/v1/cases/${caseA.id}`)).status).toBe(200);
    for (const path of ['', '/events', '/extensions']) {
      const res = await p.as.staffA(`/v1/cases/${caseB.id}${path}`);
      expect({ path, status: res.status, code: res.body.error?.code }).toEqual({
        path,
        status: 404,
        code: 'NOT_FOUND',
      });
    }
    const ask = await p.as.staffA(`/v1/cases/${caseB.id}/extensions`, {
      json: { reason: 'Cần thêm thời gian', requestedDueAt: daysAfter(caseB.dueAt, 3) },
    });
    expect(ask.status).toBe(404);
    const back = await p.as.staffA(`/v1/cases/${caseB.id}/return`, {
      json: { version: caseB.version, reason: 'Không thuộc thẩm quyền' },
    });
    expect(back.status).toBe(404);
    const answer = await p.as.staffA(`/v1/cases/${caseB.id}/agency-answer`, {
      json: { version: caseB.version, text: 'Trả lời' },
    });
    expect(answer.status).toBe(404);
  });

  it('in the case lists: all cases, the open escalations, filtered by the other agency', async () => {
    const codes = async (query: string) =>
      ((await p.as.staffA(`/v1/cases${query}`)).body.cases as { code: string; agencyId: string }[]).map(
        (c) => c.code,
      );
    for (const query of ['', '?status=escalated,acknowledged', '?status=open', `?agencyId=${p.agencyB.id}`]) {
      const seen = await codes(query);
      expect(seen, query).not.toContain(caseB.code);
    }
    expect(await codes('?status=escalated,acknowledged')).toContain(caseA.code);
    expect((await p.as.staffA('/v1/cases/queues/at-risk')).status).toBe(403);
  });

  it('in the digests: only their agency’s letters', async () => {
    const run = await p.as.supervisor('/v1/digests/run', { json: {} });
    expect(run.status).toBe(200);
    const created = run.body.created as { id: string; agencyId: string }[];
    const ofB = created.find((d) => d.agencyId === p.agencyB.id)!;
    expect(ofB).toBeDefined();
    const list = (await p.as.staffA('/v1/digests')).body.digests as { agencyId: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((d) => d.agencyId === p.agencyA.id)).toBe(true);
    expect((await p.as.staffA(`/v1/digests/${ofB.id}`)).status).toBe(404);
  });

  it('in the extension requests, and the database refuses them the rows too', async () => {
    const asked = await p.as.staffB(`/v1/cases/${caseB.id}/extensions`, {
      json: { reason: 'Chờ ý kiến Sở Lao động', requestedDueAt: daysAfter(caseB.dueAt, 2) },
    });
    expect(asked.status).toBe(201);
    const mine = (await p.as.staffA('/v1/extensions')).body.extensions as ExtensionView[];
    expect(mine.map((e) => e.caseId)).not.toContain(caseB.id);
    const all = (await p.as.supervisor('/v1/extensions?status=pending')).body.extensions as ExtensionView[];
    expect(all.map((e) => e.caseId)).toContain(caseB.id);
    // Straight to the database as the app role with agency A's context: the policy hides B's rows.
    const app = postgres(testDatabaseUrls().appUrl, { max: 1 });
    try {
      const seen = await app.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${h.a.id}, true), set_config('app.role', 'agency_staff', true),
                        set_config('app.agency_id', ${p.agencyA.id}, true)`;
        const [row] =
          await tx`select count(*)::int as n from case_extensions where agency_id = ${p.agencyB.id}`;
        const [feedback] =
          await tx`select count(*)::int as n from case_feedback where agency_id = ${p.agencyB.id}`;
        const [relays] = await tx`select count(*)::int as n from case_relays`;
        return { extensions: row!.n as number, feedback: feedback!.n as number, relays: relays!.n as number };
      });
      expect(seen).toEqual({ extensions: 0, feedback: 0, relays: 0 });
    } finally {
      await app.end();
    }
  });

  it('and no ratings report', async () => {
    expect((await p.as.staffA('/v1/feedback/summary')).status).toBe(403);
  });
});

describe('deadline extensions', () => {
  it('the agency asks, the supervisor approves: the deadline moves and both steps are on the timeline', async () => {
    const kase = await p.escalated(p.agencyA);
    const wanted = daysAfter(kase.dueAt, 3);
    const asked = await p.as.staffA(`/v1/cases/${kase.id}/extensions`, {
      json: { reason: 'Cần xác minh với trạm y tế xã', requestedDueAt: wanted },
    });
    expect(asked.status).toBe(201);
    const ext = asked.body.extension as ExtensionView;
    expect(ext).toMatchObject({ status: 'pending', previousDueAt: kase.dueAt, requestedDueAt: wanted });

    const again = await p.as.staffA(`/v1/cases/${kase.id}/extensions`, {
      json: { reason: 'Lần nữa', requestedDueAt: daysAfter(kase.dueAt, 5) },
    });
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toMatch(/đang chờ giám sát/);

    expect((await p.as.staffA(`/v1/extensions/${ext.id}/approve`, { json: {} })).status).toBe(403);
    const approved = await p.as.supervisor(`/v1/extensions/${ext.id}/approve`, { json: { note: 'Đồng ý' } });
    expect(approved.status).toBe(200);
    expect((approved.body.case as CaseStateView).dueAt).toBe(wanted);
    expect((approved.body.case as CaseStateView).slaState).toBe('on_track');
    expect((approved.body.extension as ExtensionView).status).toBe('approved');
    expect((await p.as.supervisor(`/v1/extensions/${ext.id}/refuse`, { json: { note: 'x' } })).status).toBe(
      409,
    );

    const timeline = await events(kase.id);
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['extension_requested', 'extension_approved']),
    );
    expect(timeline.find((e) => e.type === 'extension_approved')?.data).toMatchObject({
      grantedDueAt: wanted,
    });
    const told = (await p.as.staffA('/v1/notifications')).body.notifications as {
      kind: string;
      caseId: string;
    }[];
    expect(told.some((n) => n.kind === 'extension_approved' && n.caseId === kase.id)).toBe(true);
  });

  it('a refusal keeps the deadline and is on the timeline with its reason', async () => {
    const kase = await p.escalated(p.agencyA);
    const asked = await p.as.staffA(`/v1/cases/${kase.id}/extensions`, {
      json: { reason: 'Thiếu nhân lực', requestedDueAt: daysAfter(kase.dueAt, 1) },
    });
    const ext = asked.body.extension as ExtensionView;
    const noNote = await p.as.supervisor(`/v1/extensions/${ext.id}/refuse`, { json: {} });
    expect(noNote.status).toBe(400);
    const refused = await p.as.supervisor(`/v1/extensions/${ext.id}/refuse`, {
      json: { note: 'Yêu cầu đơn giản, cần trả lời đúng hạn' },
    });
    expect(refused.status).toBe(200);
    expect((refused.body.case as CaseStateView).dueAt).toBe(kase.dueAt);
    const refusedEvent = (await events(kase.id)).find((e) => e.type === 'extension_refused');
    expect(refusedEvent?.data.note).toBe('Yêu cầu đơn giản, cần trả lời đúng hạn');
  });

  it('refuses a deadline not after the current one, with a clear message', async () => {
    const kase = await p.escalated(p.agencyA);
    const res = await p.as.staffA(`/v1/cases/${kase.id}/extensions`, {
      json: { reason: 'Xin gia hạn', requestedDueAt: daysAfter(kase.dueAt, -0.5) },
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.issues?.[0]).toMatchObject({ path: 'requestedDueAt' });
    expect(res.body.error?.message).toMatch(/Hạn mới phải/);
    const bad = await p.as.staffA(`/v1/cases/${kase.id}/extensions`, {
      json: { reason: 'Xin gia hạn', requestedDueAt: '2026-02-31T10:00' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('returning a misrouted case', () => {
  it('goes back to 1022 without an agency, leaves the agency’s view, and can be escalated elsewhere', async () => {
    const kase = await p.escalated(p.agencyA, 'Hỏi về trợ cấp cho lao động mất việc');
    const stale = await p.as.staffA(`/v1/cases/${kase.id}/return`, {
      json: { version: kase.version - 1, reason: 'Không thuộc thẩm quyền' },
    });
    expect(stale.status).toBe(409);
    const res = await p.as.staffA(`/v1/cases/${kase.id}/return`, {
      json: { version: kase.version, reason: 'Thuộc thẩm quyền Sở Lao động – Thương binh và Xã hội' },
    });
    expect(res.status).toBe(200);
    const back = res.body.case as CaseStateView;
    expect(back).toMatchObject({ status: 'classified', agencyId: null });
    expect((await p.as.staffA(`/v1/cases/${kase.id}`)).status).toBe(404);
    const returned = (await events(kase.id)).find((e) => e.type === 'returned');
    expect(returned?.data).toMatchObject({
      agencyId: p.agencyA.id,
      reason: 'Thuộc thẩm quyền Sở Lao động – Thương binh và Xã hội',
    });
    const supervisorTold = (await p.as.supervisor('/v1/notifications')).body.notifications as {
      kind: string;
    }[];
    expect(supervisorTold.some((n) => n.kind === 'case_returned')).toBe(true);
    const again = await p.act(p.as.operator, back, 'escalate', { agencyId: p.agencyB.id });
    expect(again).toMatchObject({ status: 'escalated', agencyId: p.agencyB.id });
  });

  it('is refused once the agency has answered', async () => {
    const kase = await p.escalated(p.agencyA);
    const answered = await p.act(p.as.staffA, kase, 'agency-answer', { text: 'Đã trả lời.' });
    const res = await p.as.staffA(`/v1/cases/${kase.id}/return`, {
      json: { version: answered.version, reason: 'Nhầm' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('TRANSITION_REFUSED');
  });
});

import type { CaseStateView } from '@tongdai/contracts';
import { dueAt, statusRefusal, type CaseEventType, type CaseSnapshot } from '@tongdai/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSql, caller, newKey, provinceIds, signIn, type ProvinceIds } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let op: Awaited<ReturnType<typeof signIn>>;
let ids: ProvinceIds;
let call: ReturnType<typeof caller>;
let faqId: string;
let transferAgency: ProvinceIds['agencies'][number];
let writtenAgency: ProvinceIds['agencies'][number];
let topic: ProvinceIds['topics'][number];

beforeAll(async () => {
  h = await createHarness();
  op = await signIn(h, h.a, 'operator');
  ids = await provinceIds(sql, h.a.id);
  call = caller(h, h.a, op.cookie);
  transferAgency = ids.agencies.find((a) => a.transferEnabled && a.hotlines.length >= 2)!;
  writtenAgency = ids.agencies.find((a) => !a.transferEnabled) ?? ids.agencies[0]!;
  topic = ids.topics.find((t) => t.slaClassId)!;
  const [faq] = await sql`insert into faq_entries (tenant_id, question, answer, state)
    values (${h.a.id}, 'Tiêm vắc-xin ở đâu?', 'Tại trạm y tế phường.', 'internal') returning id`;
  faqId = faq!.id as string;
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

type State = CaseStateView;
const stateOf = (res: { body: Record<string, unknown> }) => res.body.case as State;

async function newCase(content = 'Hỏi về lịch tiêm chủng mở rộng tại phường') {
  const res = await call('/v1/cases', {
    json: { channel: 'hotline', content, citizen: { phone: '0913680916', email: 'dan@example.test' } },
    headers: { 'idempotency-key': newKey() },
  });
  expect(res.status).toBe(201);
  return stateOf(res);
}

async function act(s: State, action: string, json: Record<string, unknown> = {}) {
  const res = await call(`/v1/cases/${s.id}/${action}`, { json: { version: s.version, ...json } });
  if (res.status >= 300) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  return stateOf(res);
}

const classify = (s: State) => act(s, 'classify', { topicId: topic.id });
const escalate = (s: State) =>
  act(s, 'escalate', { agencyId: writtenAgency.id, letterNumber: '125/STTTT-1022' });

/** A case in each status, reached through the API. */
async function caseIn(status: string): Promise<State> {
  const received = await newCase();
  if (status === 'received') return received;
  const classified = await classify(received);
  switch (status) {
    case 'classified':
      return classified;
    case 'transferring':
      return act(classified, 'transfers', {
        agencyId: transferAgency.id,
        hotlineId: transferAgency.hotlines[0]!.id,
        outcome: 'busy',
      });
    case 'escalated':
      return escalate(classified);
    case 'acknowledged':
      return act(await escalate(classified), 'acknowledge');
    case 'waiting_citizen':
      return act(classified, 'wait-citizen', { question: 'Xin số CCCD' });
    case 'answered':
      return act(await escalate(classified), 'agency-answer', { text: 'Trạm y tế tiêm thứ Bảy.' });
    case 'relayed':
      return act(await caseIn('answered'), 'relay');
    case 'closed':
      return act(await caseIn('relayed'), 'close');
    case 'merged': {
      const original = await newCase();
      return act(classified, 'merge', { originalId: original.id });
    }
  }
  throw new Error(status);
}

const ACTIONS: { path: string; event: CaseEventType; json: () => Record<string, unknown> }[] = [
  { path: 'classify', event: 'classify', json: () => ({ topicId: topic.id }) },
  { path: 'answer-from-faq', event: 'answer_from_faq', json: () => ({ faqId }) },
  {
    path: 'transfers',
    event: 'transfer_attempt',
    json: () => ({ agencyId: transferAgency.id, hotlineId: transferAgency.hotlines[0]!.id, outcome: 'busy' }),
  },
  { path: 'escalate', event: 'escalate', json: () => ({ agencyId: writtenAgency.id }) },
  { path: 'acknowledge', event: 'acknowledge', json: () => ({}) },
  { path: 'agency-answer', event: 'agency_answer', json: () => ({ text: 'Trả lời' }) },
  { path: 'relay', event: 'relay', json: () => ({}) },
  { path: 'wait-citizen', event: 'request_info', json: () => ({}) },
  { path: 'resume', event: 'citizen_replied', json: () => ({}) },
  { path: 'close', event: 'close', json: () => ({}) },
  { path: 'reopen', event: 'reopen', json: () => ({ reason: 'Công dân chưa hài lòng' }) },
  { path: 'merge', event: 'merge', json: () => ({ originalId: crypto.randomUUID() }) },
  { path: 'notes', event: 'note', json: () => ({ text: 'Ghi chú' }) },
];

function snapshotOf(s: State): CaseSnapshot {
  return {
    status: s.status,
    topicId: s.topicId,
    slaClassId: s.slaClassId,
    urgency: s.urgency,
    agencyId: s.agencyId,
    dueAt: s.dueAt ? new Date(s.dueAt) : null,
    answer: s.answer,
    closedAt: s.closedAt ? new Date(s.closedAt) : null,
    resumeTo: null,
    pausedSince: s.pausedSince ? new Date(s.pausedSince) : null,
    pausedMinutes: 0,
    mergedInto: s.mergedInto,
  };
}

describe('every action the state machine refuses is a 409 naming the current state', () => {
  const statuses = [
    'received',
    'classified',
    'transferring',
    'escalated',
    'acknowledged',
    'waiting_citizen',
    'answered',
    'relayed',
    'closed',
    'merged',
  ];
  for (const status of statuses) {
    it(`in status ${status}`, async () => {
      const s = await caseIn(status);
      expect(s.status).toBe(status);
      let refused = 0;
      for (const action of ACTIONS) {
        const expected = statusRefusal(snapshotOf(s), action.event);
        expect(s.allowedActions.includes(action.event)).toBe(expected === null);
        if (!expected) continue;
        const res = await call(`/v1/cases/${s.id}/${action.path}`, {
          json: { version: s.version, ...action.json() },
        });
        expect({ action: action.path, status: res.status, code: res.body.error?.code }).toEqual({
          action: action.path,
          status: 409,
          code: 'TRANSITION_REFUSED',
        });
        expect(res.body.error?.message).toBe(expected.message);
        expect(res.body.error?.issues).toContainEqual({ path: 'status', message: status });
        refused += 1;
      }
      expect(refused).toBeGreaterThan(0);
      const after = await call(`/v1/cases/${s.id}`);
      expect((after.body.case as State).version).toBe(s.version);
    });
  }
});

describe('optimistic concurrency', () => {
  it('refuses a stale version so two operators never clobber each other', async () => {
    const s = await classify(await newCase());
    const other = await signIn(h, h.a, 'operator');
    const first = await caller(
      h,
      h.a,
      other.cookie,
    )(`/v1/cases/${s.id}/escalate`, {
      json: { version: s.version, agencyId: writtenAgency.id },
    });
    expect(first.status).toBe(200);
    const second = await call(`/v1/cases/${s.id}/wait-citizen`, { json: { version: s.version } });
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe('STALE_VERSION');
    expect(second.body.error?.message).toContain(`phiên bản hiện tại ${s.version + 1}`);
  });

  it('lets notes through without a version and without bumping it', async () => {
    const s = await newCase();
    const res = await call(`/v1/cases/${s.id}/notes`, { json: { text: 'Công dân gọi lại lần 2' } });
    expect(res.status).toBe(201);
    expect(stateOf(res).version).toBe(s.version);
    const events = (await call(`/v1/cases/${s.id}/events`)).body.events as {
      type: string;
      internal: boolean;
    }[];
    expect(events.at(-1)).toMatchObject({ type: 'note', internal: true });
    expect(events[0]).toMatchObject({ type: 'received', internal: false });
  });
});

describe('transfers along the failover list', () => {
  it('puts the second number first after the first was busy, and logs both attempts', async () => {
    // An agency no other test has called: a busy number stays resting for 10 minutes across cases.
    const agency = ids.agencies.filter((a) => a.transferEnabled && a.hotlines.length >= 2)[1]!;
    const s = await classify(await newCase());
    const [first, second] = agency.hotlines as [{ id: string; phone: string }, { id: string; phone: string }];
    const before = await call(`/v1/cases/${s.id}/transfers/next?agencyId=${agency.id}`);
    expect((before.body.numbers as { hotlineId: string }[])[0]?.hotlineId).toBe(first.id);
    const busy = await call(`/v1/cases/${s.id}/transfers`, {
      json: { version: s.version, agencyId: agency.id, hotlineId: first.id, outcome: 'busy' },
    });
    expect(busy.status).toBe(201);
    expect(stateOf(busy).status).toBe('transferring');
    const next = busy.body.next as { numbers: { hotlineId: string; phone: string }[] };
    expect(next.numbers.map((n) => n.hotlineId)).toEqual([second.id]);
    const fetched = await call(`/v1/cases/${s.id}/transfers/next?agencyId=${agency.id}`);
    expect((fetched.body.numbers as { hotlineId: string }[])[0]?.hotlineId).toBe(second.id);
    const answered = await call(`/v1/cases/${s.id}/transfers`, {
      json: {
        version: stateOf(busy).version,
        agencyId: agency.id,
        hotlineId: second.id,
        outcome: 'answered',
      },
    });
    expect(stateOf(answered)).toMatchObject({ status: 'answered', agencyId: agency.id });
    const events = (await call(`/v1/cases/${s.id}/events`)).body.events as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(
      events.filter((e) => e.type === 'transfer_attempt').map((e) => [e.data.phone, e.data.outcome]),
    ).toEqual([
      [first.phone, 'busy'],
      [second.phone, 'answered'],
    ]);
  });

  it('refuses an agency that takes cases in writing only, and a number of another agency', async () => {
    const s = await classify(await newCase());
    const written = await call(`/v1/cases/${s.id}/transfers`, {
      json: { version: s.version, agencyId: writtenAgency.id, phone: '0913680916', outcome: 'busy' },
    });
    expect(written.status).toBe(400);
    const other = ids.agencies.find(
      (a) => a.transferEnabled && a.id !== transferAgency.id && a.hotlines.length > 0,
    )!;
    const wrong = await call(`/v1/cases/${s.id}/transfers`, {
      json: {
        version: s.version,
        agencyId: transferAgency.id,
        hotlineId: other.hotlines[0]!.id,
        outcome: 'busy',
      },
    });
    expect(wrong.status).toBe(400);
  });
});

describe('escalation in writing', () => {
  it('sets the deadline from the SLA policy on the province calendar, from the escalation time', async () => {
    const s = await classify(await newCase());
    const [cls] = await sql`select answer_amount, answer_unit, acknowledge_amount, acknowledge_unit
      from sla_classes where tenant_id = ${h.a.id} and id = ${s.slaClassId}`;
    const t0 = h.now();
    const res = await call(`/v1/cases/${s.id}/escalate`, {
      json: { version: s.version, agencyId: writtenAgency.id, letterNumber: '125/STTTT-1022' },
    });
    const t1 = h.now();
    expect(res.status).toBe(200);
    const escalated = stateOf(res);
    expect(escalated).toMatchObject({
      status: 'escalated',
      agencyId: writtenAgency.id,
      slaState: 'on_track',
    });
    // The province's calendar is the default one plus statutory holidays: recompute the bounds with core.
    const { loadCalendarForTest } = await import('./sla-calendar.js');
    const calendar = await loadCalendarForTest(sql, h.a.id, t0);
    const duration = { unit: cls!.answer_unit, amount: cls!.answer_amount } as const;
    const due = new Date(escalated.dueAt!).getTime();
    expect(due).toBeGreaterThanOrEqual(dueAt(t0, duration, calendar).getTime());
    expect(due).toBeLessThanOrEqual(dueAt(t1, duration, calendar).getTime());
    const event = (
      (await call(`/v1/cases/${s.id}/events`)).body.events as {
        type: string;
        data: Record<string, unknown>;
      }[]
    ).find((e) => e.type === 'escalated')!;
    expect(event.data).toMatchObject({
      agencyId: writtenAgency.id,
      letterNumber: '125/STTTT-1022',
      dueAt: escalated.dueAt,
    });
  });
});

describe('the rest of a case’s life', () => {
  it('answers from the FAQ, relays on the citizen’s channel, closes and reopens with fresh due times', async () => {
    const s = await classify(await newCase());
    const [before] =
      await sql`select usage_count from faq_entries where tenant_id = ${h.a.id} and id = ${faqId}`;
    const answered = await act(s, 'answer-from-faq', { faqId });
    expect(answered.answer).toEqual({ source: 'faq', faqId });
    const [after] =
      await sql`select usage_count from faq_entries where tenant_id = ${h.a.id} and id = ${faqId}`;
    expect(after?.usage_count).toBe((before?.usage_count as number) + 1);
    const relayed = await act(answered, 'relay', { channel: 'email' });
    const closed = await act(relayed, 'close', { reason: 'Đã trả lời' });
    expect(closed.status).toBe('closed');
    const reopened = await act(closed, 'reopen', { reason: 'Công dân hỏi thêm' });
    expect(reopened).toMatchObject({ status: 'classified', answer: null, slaState: 'on_track' });
    expect(reopened.dueAt).not.toBeNull();
    const types = ((await call(`/v1/cases/${s.id}/events`)).body.events as { type: string }[]).map(
      (e) => e.type,
    );
    expect(types).toEqual(['received', 'classified', 'answered_from_faq', 'relayed', 'closed', 'reopened']);
  });

  it('refuses to relay by phone to a citizen without a number', async () => {
    const res = await call('/v1/cases', {
      json: { channel: 'portal', content: 'Hỏi qua cổng thông tin', topicId: topic.id },
      headers: { 'idempotency-key': newKey() },
    });
    const answered = await act(stateOf(res), 'answer-from-faq', { faqId });
    const relay = await call(`/v1/cases/${answered.id}/relay`, {
      json: { version: answered.version, channel: 'hotline' },
    });
    expect(relay.status).toBe(400);
    expect(relay.body.error?.message).toMatch(/số điện thoại/);
  });

  it('pauses the clock while waiting for the citizen and moves the deadlines by the pause', async () => {
    const s = await escalate(await classify(await newCase()));
    const waiting = await act(s, 'wait-citizen', { question: 'Xin địa chỉ cụ thể' });
    expect(waiting.pausedSince).not.toBeNull();
    h.advanceClock(3 * 24 * 3600_000);
    // Three days on, sessions have expired: sign in again (later tests use this operator too).
    op = await signIn(h, h.a, 'operator');
    call = caller(h, h.a, op.cookie);
    const resumed = await act(waiting, 'resume', { note: 'Công dân đã bổ sung' });
    expect(resumed.status).toBe('escalated');
    expect(new Date(resumed.dueAt!).getTime()).toBeGreaterThan(new Date(s.dueAt!).getTime());
    expect(new Date(resumed.atRiskAt!).getTime()).toBeGreaterThan(new Date(s.atRiskAt!).getTime());
  });

  it('merges a duplicate into its original and records it on both timelines', async () => {
    const original = await newCase('Cùng một câu hỏi về tiêm chủng');
    const duplicate = await newCase('Cùng một câu hỏi về tiêm chủng (gọi lại)');
    const self = await call(`/v1/cases/${duplicate.id}/merge`, {
      json: { version: duplicate.version, originalId: duplicate.id },
    });
    expect(self.status).toBe(400);
    const merged = await act(duplicate, 'merge', { originalId: original.id });
    expect(merged).toMatchObject({ status: 'merged', mergedInto: original.id, allowedActions: [] });
    const events = (await call(`/v1/cases/${original.id}/events`)).body.events as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(events.at(-1)).toMatchObject({ type: 'duplicate_merged', data: { duplicateId: duplicate.id } });
  });

  it('lets agency staff acknowledge and answer their case, and a supervisor assign it', async () => {
    const s = await escalate(await classify(await newCase()));
    const staff = await signIn(h, h.a, 'agency_staff', writtenAgency.id);
    const asStaff = caller(h, h.a, staff.cookie);
    const ack = await asStaff(`/v1/cases/${s.id}/acknowledge`, { json: { version: s.version } });
    expect(ack.status).toBe(200);
    const answered = await asStaff(`/v1/cases/${s.id}/agency-answer`, {
      json: { version: stateOf(ack).version, text: 'Sở Y tế trả lời: tiêm vào thứ Bảy.' },
    });
    expect(stateOf(answered)).toMatchObject({ status: 'answered', answer: { source: 'agency' } });
    expect(
      (await asStaff(`/v1/cases/${s.id}/relay`, { json: { version: stateOf(answered).version } })).status,
    ).toBe(403);
    const sup = await signIn(h, h.a, 'supervisor');
    const asSup = caller(h, h.a, sup.cookie);
    const assigned = await asSup(`/v1/cases/${s.id}/assign`, {
      json: { version: stateOf(answered).version, operatorId: sup.id },
    });
    expect(stateOf(assigned).operatorId).toBe(sup.id);
    const claim = await call(`/v1/cases/${s.id}/claim`, { json: { version: stateOf(assigned).version } });
    expect(claim.status).toBe(409);
    expect((await call(`/v1/cases/${s.id}/assign`, { json: { version: 0, operatorId: null } })).status).toBe(
      403,
    );
  });
});

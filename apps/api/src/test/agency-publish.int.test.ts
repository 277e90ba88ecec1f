import type {
  CaseStateView,
  PublicAnswerListOutput,
  PublicationDraftOutput,
  PublishedAnswerView,
  RelayView,
} from '@tongdai/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyProvince, type AgencyProvince } from './agency-fixtures.js';
import { adminSql, caller, signIn } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let p: AgencyProvince;

const CITIZEN = {
  name: 'Nguyễn Thị Lan',
  phone: '0913 680 916',
  email: 'lan.nguyen@example.test',
  address: 'Số 12 ngõ 5 đường Lê Lợi',
  commune: 'phường Trần Phú',
};
const QUESTION =
  'Tôi là Nguyễn Thị Lan, số điện thoại 0913 680 916, ở Số 12 ngõ 5 đường Lê Lợi. Xin hỏi trạm y tế tiêm vắc-xin sởi vào ngày nào?';
const ANSWER = 'Trạm y tế phường tiêm vắc-xin sởi vào **thứ Bảy** hằng tuần, từ 7h30 đến 11h.';

beforeAll(async () => {
  h = await createHarness();
  p = await agencyProvince(h, sql, h.a);
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

async function answered(channel = 'email', citizen: Record<string, string> = CITIZEN) {
  const kase = await p.escalated(p.agencyA, QUESTION, citizen, channel);
  return p.act(p.as.staffA, kase, 'agency-answer', { text: ANSWER });
}

const relaysOf = async (id: string) =>
  (await p.as.operator(`/v1/cases/${id}/relays`)).body.relays as RelayView[];

describe('relaying the answer through the relay interface', () => {
  it('e-mails the citizen the answer with a signed feedback link', async () => {
    const kase = await answered('email');
    const relayed = await p.act(p.as.operator, kase, 'relay');
    expect(relayed.status).toBe('relayed');
    const mail = h.mails().find((m) => m.to === CITIZEN.email && m.subject.includes(kase.code));
    expect(mail?.text).toContain('thứ Bảy hằng tuần');
    expect(mail?.text).not.toContain('**');
    expect(mail?.text).toMatch(new RegExp(`http://${h.a.slug}\\.localhost:5173/danh-gia/[0-9a-f]{32}\\.`));
    expect(await relaysOf(kase.id)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent', kind: 'answer' }),
    ]);
  });

  it('keeps a Zalo relay pending until the channel has an adapter, listed for operators', async () => {
    const kase = await answered('zalo', { phone: '0987 654 321' });
    await p.act(p.as.operator, kase, 'relay');
    expect(await relaysOf(kase.id)).toEqual([
      expect.objectContaining({ channel: 'zalo', status: 'pending' }),
    ]);
    const waiting = (await p.as.operator('/v1/relays')).body.relays as (RelayView & { caseCode: string })[];
    const mine = waiting.find((r) => r.caseCode === kase.code)!;
    expect(mine).toBeDefined();
    expect((await p.as.staffA('/v1/relays')).status).toBe(403);
    const done = await p.as.operator(`/v1/relays/${mine.id}/done`, { json: {} });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.relay).toMatchObject({ status: 'sent' });
  });

  it('relays automatically when the province turns auto_relay on', async () => {
    const admin = await signIn(h, h.a, 'supervisor');
    expect((await caller(h, h.a, admin.cookie)('/v1/case-settings')).body.settings).toEqual({
      autoRelay: false,
      feedbackWindowDays: 7,
    });
    await sql`update case_settings set auto_relay = true where tenant_id = ${h.a.id}`;
    try {
      const kase = await answered('email', { ...CITIZEN, email: 'auto@example.test' });
      const now = (await p.as.operator(`/v1/cases/${kase.id}`)).body.case as CaseStateView;
      expect(now.status).toBe('relayed');
      expect(h.mails().some((m) => m.to === 'auto@example.test')).toBe(true);
      expect((await relaysOf(kase.id))[0]).toMatchObject({ automatic: true, status: 'sent' });
    } finally {
      await sql`update case_settings set auto_relay = false where tenant_id = ${h.a.id}`;
    }
  });
});

describe('publishing an answered case', () => {
  it('drafts the texts with the caller’s name, phone and address removed', async () => {
    const kase = await answered();
    const draft = (await p.as.operator(`/v1/cases/${kase.id}/publication`)).body
      .draft as PublicationDraftOutput;
    expect(draft.question.text).not.toContain('0913');
    expect(draft.question.text).not.toContain('Nguyễn Thị Lan');
    expect(draft.question.text).toContain('[số điện thoại]');
    expect(draft.question.findings.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['name', 'phone', 'address']),
    );
    expect(draft.answer.text).toBe(ANSWER);
  });

  it('refuses to publish while the caller’s phone is still in the text, whatever the client sent', async () => {
    const kase = await answered();
    const res = await p.as.operator(`/v1/cases/${kase.id}/publication`, {
      method: 'PUT',
      json: {
        question: 'Xin hỏi lịch tiêm sởi? Gọi lại cho tôi số 0913.680.916',
        answer: ANSWER,
        publicQa: true,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.issues).toEqual([
      { path: 'question', message: expect.stringContaining('số điện thoại “0913.680.916”') },
    ]);
    const mail = await p.as.operator(`/v1/cases/${kase.id}/publication`, {
      method: 'PUT',
      json: {
        question: 'Lịch tiêm sởi?',
        answer: `${ANSWER} Liên hệ lan.nguyen@example.test`,
        publicQa: true,
      },
    });
    expect(mail.status).toBe(400);
    expect(mail.body.error?.issues?.[0]?.path).toBe('answer');
    const list = (await p.as.operator('/v1/public-answers')).body as unknown as PublicAnswerListOutput;
    expect(list.answers.some((a) => a.question.includes('0913'))).toBe(false);
  });

  it('refuses an unanswered case and agency staff', async () => {
    const kase = await p.escalated(p.agencyA);
    const body = { question: 'Câu hỏi', answer: 'Trả lời', publicQa: true };
    expect(
      (await p.as.operator(`/v1/cases/${kase.id}/publication`, { method: 'PUT', json: body })).status,
    ).toBe(409);
    expect(
      (await p.as.staffA(`/v1/cases/${kase.id}/publication`, { method: 'PUT', json: body })).status,
    ).toBe(403);
  });

  it('publishes the redacted Q&A on the public list with no personal data, and as an FAQ entry', async () => {
    const kase = await answered();
    const draft = (await p.as.supervisor(`/v1/cases/${kase.id}/publication`)).body
      .draft as PublicationDraftOutput;
    expect(draft.canCreateFaq).toBe(true);
    const operatorFaq = await p.as.operator(`/v1/cases/${kase.id}/publication`, {
      method: 'PUT',
      json: { question: draft.question.text, answer: draft.answer.text, faq: true },
    });
    expect(operatorFaq.status).toBe(403);
    const res = await p.as.supervisor(`/v1/cases/${kase.id}/publication`, {
      method: 'PUT',
      json: { question: draft.question.text, answer: draft.answer.text, publicQa: true, faq: true },
    });
    expect(res.status).toBe(200);
    const faqId = res.body.faqId as string;
    expect(faqId).toMatch(/^[0-9a-f-]{36}$/);

    const anonymous = async (path: string) => {
      const r = await h.request(h.a, path);
      return { status: r.status, body: (await r.json()) as unknown };
    };
    const list = (await anonymous('/v1/public-answers')).body as PublicAnswerListOutput;
    const item = list.answers.find((a) => a.faqId === faqId)!;
    expect(item).toBeDefined();
    const one = await anonymous(`/v1/public-answers/${item.id}`);
    expect(one.status).toBe(200);
    const text = JSON.stringify([list, one.body]);
    for (const personal of [
      '0913',
      '680 916',
      'Nguyễn Thị Lan',
      'lan.nguyen',
      'Lê Lợi',
      kase.code,
      kase.id,
    ]) {
      expect(text, personal).not.toContain(personal);
    }
    const shown = (one.body as { answer: PublishedAnswerView }).answer;
    expect(shown.answerHtml).toContain('<strong>thứ Bảy</strong>');
    expect(shown.agencyName).toBeTruthy();

    const faq = await anonymous(`/v1/faq/${faqId}`);
    expect(faq.status).toBe(200);
    expect(JSON.stringify(faq.body)).not.toContain('0913');
    const timeline = (await p.as.operator(`/v1/cases/${kase.id}/events`)).body.events as { type: string }[];
    expect(timeline.map((e) => e.type)).toContain('published');

    // Another province never sees it.
    const elsewhere = await h.request(h.b, `/v1/public-answers/${item.id}`);
    expect(elsewhere.status).toBe(404);

    const withdrawn = await h.request(h.a, `/v1/cases/${kase.id}/publication`, {
      method: 'DELETE',
      cookie: p.operator.cookie,
    });
    expect(withdrawn.status).toBe(204);
    expect((await anonymous(`/v1/public-answers/${item.id}`)).status).toBe(404);
  });
});

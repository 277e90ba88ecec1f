import type { CaseStateView, DuplicateSuggestionView, RelayView } from '@tongdai/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyProvince, type AgencyProvince } from './agency-fixtures.js';
import { adminSql, newKey } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let p: AgencyProvince;

const TEXT = 'Xin hỏi lịch tiêm vắc-xin sởi cho trẻ dưới 5 tuổi tại trạm y tế phường Ngọc Châu tuần này';

beforeAll(async () => {
  h = await createHarness();
  p = await agencyProvince(h, sql, h.a);
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

async function intake(
  content: string,
  citizen: Record<string, string>,
  channel = 'hotline',
  receivedAt?: Date,
) {
  const res = await p.as.operator('/v1/cases', {
    json: {
      channel,
      content,
      citizen,
      topicId: p.topic.id,
      ...(receivedAt ? { receivedAt: receivedAt.toISOString() } : {}),
    },
    headers: { 'idempotency-key': newKey() },
  });
  expect(res.status).toBe(201);
  return res.body.case as CaseStateView;
}

const suggestions = async (id: string) => {
  const res = await p.as.operator(`/v1/cases/${id}/duplicates`);
  expect(res.status).toBe(200);
  return res.body.duplicates as DuplicateSuggestionView[];
};

describe('duplicate suggestions', () => {
  it('find a call from the same number, a near-identical text on another channel, and not an unrelated case', async () => {
    const hour = 3_600_000;
    const base = new Date(Date.now() - 2 * hour);
    const original = await intake(
      TEXT,
      { phone: '0912 000 111' },
      'hotline',
      new Date(base.getTime() - 30 * hour),
    );
    const samePhone = await intake(
      'Hỏi về giấy xác nhận tiêm chủng',
      { phone: '0912000111' },
      'hotline',
      base,
    );
    const sameText = await intake(
      'xin hoi lich tiem vac-xin soi cho tre duoi 5 tuoi tai tram y te phuong Ngoc Chau tuan nay',
      { email: 'me@example.test' },
      'email',
    );
    const unrelated = await intake('Đăng ký kinh doanh hộ cá thể cần giấy tờ gì?', { phone: '0988 777 666' });
    const oldCall = await intake(
      'Hỏi chuyện khác',
      { phone: '0912000111' },
      'hotline',
      new Date(base.getTime() - 110 * hour),
    );

    const forOriginal = await suggestions(original.id);
    const byId = new Map(forOriginal.map((s) => [s.id, s]));
    expect(byId.get(samePhone.id)?.reasons).toEqual(['same_phone']);
    expect(byId.get(sameText.id)?.reasons).toEqual(['similar_text']);
    expect(byId.get(sameText.id)?.similarity).toBeGreaterThan(0.8);
    expect(byId.has(unrelated.id)).toBe(false);
    expect(byId.has(original.id)).toBe(false);
    // 80 hours before the original: outside its 72-hour window.
    expect(byId.has(oldCall.id)).toBe(false);
    expect(byId.get(samePhone.id)?.citizenPhone).toBe('0912 *** 111');
    expect(JSON.stringify(forOriginal)).not.toContain('me@example.test');

    expect((await suggestions(unrelated.id)).map((s) => s.id)).not.toContain(original.id);
    expect((await p.as.staffA(`/v1/cases/${original.id}/duplicates`)).status).toBe(403);
  });

  it('merge: the duplicate points to its original and its citizen is told the original’s code', async () => {
    const original = await intake('Hỏi giờ làm việc của bộ phận một cửa UBND phường', {
      phone: '0903 111 222',
    });
    const duplicate = await intake(
      'Hỏi giờ làm việc của bộ phận một cửa UBND phường ạ',
      { email: 'trung.lap@example.test' },
      'email',
    );
    expect((await suggestions(duplicate.id)).map((s) => s.id)).toContain(original.id);
    const merged = await p.act(p.as.operator, duplicate, 'merge', { originalId: original.id });
    expect(merged).toMatchObject({ status: 'merged', mergedInto: original.id });
    const mail = h.mails().find((m) => m.to === 'trung.lap@example.test');
    expect(mail?.subject).toContain(original.code);
    expect(mail?.text).toContain(`yêu cầu mã ${original.code}`);
    const relays = (await p.as.operator(`/v1/cases/${duplicate.id}/relays`)).body.relays as RelayView[];
    expect(relays).toEqual([
      expect.objectContaining({ kind: 'merge_notice', channel: 'email', status: 'sent' }),
    ]);
    expect(await suggestions(duplicate.id)).toEqual([]);
    expect((await suggestions(original.id)).map((s) => s.id)).not.toContain(duplicate.id);
  });
});

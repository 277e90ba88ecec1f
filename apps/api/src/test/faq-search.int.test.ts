import { queries } from '@tongdai/db';
import { demoProvinces } from '@tongdai/db/seed';
import { createMember, createProvince, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, sessionCookie, type Harness } from './harness.js';

const { adminUrl } = testDatabaseUrls();

let h: Harness;
let th: TestProvince;
let admin: string;
let operator: string;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Hit = {
  id: string;
  question: { text: string; hit: boolean }[];
  snippet: { text: string; hit: boolean }[];
  state: string;
};
const text = (parts: Hit['question']) => parts.map((p) => p.text).join('');

async function signIn(p: TestProvince, role: 'tenant_admin' | 'operator') {
  const m = await createMember(adminUrl, p.id, { role, totp: role === 'tenant_admin' });
  const res = await h.request(p, '/v1/auth/login', { json: { email: m.email, password: m.password } });
  const cookie = sessionCookie(res);
  if (m.totpKey) expect((await h.passSecondFactor(p, m.totpKey, cookie)).status).toBe(200);
  return cookie;
}

async function search(p: TestProvince, q: string, extra = ''): Promise<Hit[]> {
  const res = await h.request(p, `/v1/faq/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: Hit[] }).results;
}

async function staffSearch(p: TestProvince, q: string, cookie: string): Promise<Hit[]> {
  const res = await h.request(p, `/v1/faq/staff-search?q=${encodeURIComponent(q)}`, { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: Hit[] }).results;
}

async function createEntry(p: TestProvince, cookie: string, body: Json) {
  const res = await h.request(p, '/v1/faq/manage/entries', { cookie, json: body });
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).entry as Json;
}

beforeAll(async () => {
  h = await createHarness();
  th = await createProvince(adminUrl, { template: demoProvinces.find((p) => p.slug === 'thanhhoa')! });
  admin = await signIn(th, 'tenant_admin');
  operator = await signIn(th, 'operator');
});
afterAll(async () => {
  await h.close();
});

describe('public FAQ search on thanhhoa', () => {
  it('finds the seeded testing entries first for "xet nghiem" typed without accents', async () => {
    const results = await search(th, 'xet nghiem');
    expect(results.length).toBeGreaterThanOrEqual(4);
    const top = results.slice(0, 4).map((r) => text(r.question));
    // "test" is a seeded synonym of "xét nghiệm" ("Tự test nhanh tại nhà …").
    for (const q of top) expect(q).toMatch(/xét nghiệm|test/i);
    expect(top[0]).toBe('Tôi muốn xét nghiệm Covid-19 tự nguyện thì đến đâu trên địa bàn tỉnh Thanh Hóa?');
    // The accented words of the original text are marked.
    expect(results[0]!.question.filter((p) => p.hit).map((p) => p.text)).toEqual(['xét nghiệm']);
  });

  it('gives the same order with accents, and finds through a typo', async () => {
    const accented = await search(th, 'xét nghiệm');
    expect(accented.map((r) => r.id)).toEqual((await search(th, 'xet nghiem')).map((r) => r.id));
    const typo = await search(th, 'xet ngiem tu nguyen');
    expect(text(typo[0]!.question)).toMatch(/^Tôi muốn xét nghiệm Covid-19 tự nguyện/);
    const split = await search(th, 'dieu tri tai nah F0');
    expect(text(split[0]!.question)).toMatch(/\(F0\).*điều trị tại nhà/);
  });

  it('expands the seeded synonyms: "test" ~ "xét nghiệm"', async () => {
    const results = await search(th, 'test tu nguyen');
    expect(text(results[0]!.question)).toMatch(/xét nghiệm Covid-19 tự nguyện/);
  });

  it('uses a synonym line as soon as an admin adds it', async () => {
    const aboutSpO2 = (r: Hit) => /\(F0\)|^F0 đang/.test(text(r.question));
    const before = await search(th, 'nồng độ oxy trong máu');
    expect(before.slice(0, 2).filter(aboutSpO2)).toHaveLength(0);
    const res = await h.request(th, '/v1/faq/manage/synonyms', {
      cookie: admin,
      json: { term: 'SpO2', equivalents: ['nồng độ oxy trong máu'] },
    });
    expect(res.status).toBe(201);
    const after = await search(th, 'nồng độ oxy trong máu');
    expect(after.slice(0, 2).filter(aboutSpO2)).toHaveLength(2);
    expect(after[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toContain('SpO2');
  });

  it('never shows draft or internal entries to the public; staff see internal ones, never drafts', async () => {
    const draft = await createEntry(th, admin, {
      question: 'Bản nháp về zzcanary xét nghiệm',
      answer: 'Chưa duyệt.',
      state: 'draft',
    });
    const internal = await createEntry(th, admin, {
      question: 'Hướng dẫn nội bộ zzcanary xét nghiệm',
      answer: 'Chỉ tổng đài viên.',
      state: 'internal',
    });
    const publicIds = (await search(th, 'zzcanary xet nghiem')).map((r) => r.id);
    expect(publicIds).not.toContain(draft.id);
    expect(publicIds).not.toContain(internal.id);
    // The seeded internal entry neither.
    const seededInternal = await search(th, 'ket qua xet nghiem qua 48 gio');
    expect(seededInternal.every((r) => r.state === 'public')).toBe(true);

    const staff = await staffSearch(th, 'zzcanary xet nghiem', operator);
    expect(staff.map((r) => r.id)).toContain(internal.id);
    expect(staff.map((r) => r.id)).not.toContain(draft.id);
    expect((await staffSearch(th, 'ket qua xet nghiem qua 48 gio', operator))[0]!.state).toBe('internal');
    expect((await h.request(th, `/v1/faq/${internal.id}`)).status).toBe(404);
    expect((await h.request(th, `/v1/faq/${draft.id}`)).status).toBe(404);
  });

  it('hides entries whose valid-until date has passed', async () => {
    const expired = await createEntry(th, admin, {
      question: 'Lịch xét nghiệm zzexpired đợt cũ',
      answer: 'Đã hết hiệu lực.',
      state: 'public',
      validUntil: '2020-01-31',
    });
    expect((await search(th, 'zzexpired')).map((r) => r.id)).not.toContain(expired.id);
    expect((await h.request(th, `/v1/faq/${expired.id}`)).status).toBe(404);
  });

  it("never returns another province's entries", async () => {
    const otherAdmin = await signIn(h.b, 'tenant_admin');
    const foreign = await createEntry(h.b, otherAdmin, {
      question: 'Xét nghiệm zzforeign ở tỉnh khác',
      answer: 'Không thuộc Thanh Hóa.',
      state: 'public',
    });
    expect(await search(th, 'zzforeign xet nghiem')).not.toContainEqual(
      expect.objectContaining({ id: foreign.id }),
    );
    expect((await search(h.b, 'zzforeign'))[0]!.id).toBe(foreign.id);
    const ownIds = new Set(
      (
        (await (await h.request(th, '/v1/faq?limit=100')).json()) as { entries: { id: string }[] }
      ).entries.map((e) => e.id),
    );
    for (const r of await search(th, 'xet nghiem', '&limit=50')) expect(ownIds.has(r.id)).toBe(true);
    expect((await h.request(th, `/v1/faq/${foreign.id}`)).status).toBe(404);
  });

  it('filters by topic and refuses empty or oversized queries with a Vietnamese message', async () => {
    const t03 = await search(th, 'xet nghiem', '&topic=T06');
    expect(t03.map((r) => text(r.question))).toEqual([
      'Phát hiện nơi bán bộ kit xét nghiệm nhanh không rõ nguồn gốc, giá cao bất thường thì báo ở đâu?',
    ]);
    const empty = await h.request(th, '/v1/faq/search?q=%20%3F%3F');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Json).error.issues[0].message).toBe(
      'Nội dung tìm kiếm cần có chữ hoặc số.',
    );
    expect((await h.request(th, `/v1/faq/search?q=${'a'.repeat(201)}`)).status).toBe(400);
    // No word known and none close enough: nothing, rather than a scan of every entry.
    expect(await search(th, 'qqxzv wwkj')).toEqual([]);
  });

  it('returns highlighting as text parts, so markup in a query or entry stays text', async () => {
    const results = await search(th, '<script>alert(1)</script> xét nghiệm');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results)
      for (const part of [...r.question, ...r.snippet]) expect(typeof part.text).toBe('string');
  });

  it('is rate limited per address like the other public endpoints', async () => {
    const ip = '203.0.113.77';
    let last = 0;
    for (let i = 0; i < 61; i += 1) last = (await h.request(th, '/v1/faq/search?q=f0', { ip })).status;
    expect(last).toBe(429);
    expect((await h.request(th, '/v1/faq/search?q=f0', { ip: '203.0.113.78' })).status).toBe(200);
  });
});

describe('staff search and usage', () => {
  it('suggests while typing (last word as a prefix) and needs a staff session', async () => {
    const results = await staffSearch(th, 'hộ ngh', operator);
    expect(text(results[0]!.question)).toMatch(/^Hộ nghèo/);
    expect((await h.request(th, '/v1/faq/staff-search?q=f0')).status).toBe(401);
  });

  it('counts uses: the endpoint and incrementFaqUsage in a tenant transaction', async () => {
    const [first] = await search(th, 'xet nghiem tu nguyen');
    const used = await h.request(th, `/v1/faq/${first!.id}/used`, { cookie: operator, method: 'POST' });
    expect(used.status).toBe(200);
    expect(((await used.json()) as Json).usageCount).toBe(1);
    const count = await h.db.withTenant({ tenantId: th.id }, (tx) =>
      queries.incrementFaqUsage(tx, first!.id),
    );
    expect(count).toBe(2);
    const otherTenant = await h.db.withTenant({ tenantId: h.a.id }, (tx) =>
      queries.incrementFaqUsage(tx, first!.id),
    );
    expect(otherTenant).toBeNull();
    expect((await h.request(th, `/v1/faq/${first!.id}/used`, { method: 'POST' })).status).toBe(401);
  });
});

import { demoProvinces } from '@tongdai/db/seed';
import { createMember, createProvince, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import ExcelJS from 'exceljs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DOMAIN, createHarness, sessionCookie, WEB_PORT, type Harness } from './harness.js';

const { adminUrl } = testDatabaseUrls();
const BASE = '/v1/faq/manage';
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let h: Harness;
let th: TestProvince;
let sql: postgres.Sql;
let admin: string;
let supervisor: string;
let operator: string;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (res: Response) => (await res.json()) as Json;

async function signIn(p: TestProvince, role: 'tenant_admin' | 'supervisor' | 'operator') {
  const m = await createMember(adminUrl, p.id, { role, totp: role === 'tenant_admin' });
  const res = await h.request(p, '/v1/auth/login', { json: { email: m.email, password: m.password } });
  const cookie = sessionCookie(res);
  if (m.totpKey) expect((await h.passSecondFactor(p, m.totpKey, cookie)).status).toBe(200);
  return cookie;
}

function upload(path: string, body: string | Uint8Array, type: string, cookie: string) {
  const host = `${th.slug}.${BASE_DOMAIN}:${WEB_PORT}`;
  return h.app.request(path, {
    method: 'POST',
    headers: {
      host,
      origin: `http://${host}`,
      'sec-fetch-site': 'same-origin',
      'x-forwarded-for': '10.9.8.7',
      'content-type': type,
      cookie,
    },
    body,
  });
}

const entryCount = async () =>
  Number((await sql`select count(*) as n from faq_entries where tenant_id = ${th.id}`)[0]!.n);
const topicId = async (code: string) =>
  (await sql`select id from topics where tenant_id = ${th.id} and code = ${code}`)[0]!.id as string;

beforeAll(async () => {
  h = await createHarness();
  sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  th = await createProvince(adminUrl, { template: demoProvinces.find((p) => p.slug === 'thanhhoa')! });
  [admin, supervisor, operator] = await Promise.all([
    signIn(th, 'tenant_admin'),
    signIn(th, 'supervisor'),
    signIn(th, 'operator'),
  ]);
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

describe('FAQ management: who may', () => {
  it('lets admins and supervisors in, refuses operators (403) and strangers (401)', async () => {
    expect((await h.request(th, `${BASE}/entries`, { cookie: admin })).status).toBe(200);
    expect((await h.request(th, `${BASE}/entries`, { cookie: supervisor })).status).toBe(200);
    expect((await h.request(th, `${BASE}/entries`, { cookie: operator })).status).toBe(403);
    expect((await h.request(th, `${BASE}/entries`)).status).toBe(401);
    expect((await h.request(th, `${BASE}/entries`, { json: { question: 'x', answer: 'y' } })).status).toBe(
      401,
    );
  });

  it("answers 404 for another province's entry", async () => {
    const otherAdmin = await signIn(h.a, 'tenant_admin');
    const foreign = await json(
      await h.request(h.a, `${BASE}/entries`, {
        cookie: otherAdmin,
        json: { question: 'Của tỉnh khác?', answer: 'Có.' },
      }),
    );
    expect((await h.request(th, `${BASE}/entries/${foreign.entry.id}`, { cookie: admin })).status).toBe(404);
    const patch = await h.request(th, `${BASE}/entries/${foreign.entry.id}`, {
      method: 'PATCH',
      cookie: admin,
      json: { question: 'Chiếm?', answer: 'Không.', revision: 1 },
    });
    expect(patch.status).toBe(404);
  });
});

describe('FAQ entries: edit, history, safety', () => {
  it('records who changed what and when, and refuses an edit made on an old revision', async () => {
    const created = await h.request(th, `${BASE}/entries`, {
      cookie: supervisor,
      json: {
        question: '  Giấy xác nhận   tiêm chủng lấy ở đâu? ',
        answer: 'Liên hệ **trạm y tế** xã.',
        topicId: await topicId('T03'),
        keywords: ['tiêm chủng'],
        state: 'draft',
      },
    });
    expect(created.status).toBe(201);
    const { entry } = await json(created);
    expect(entry).toMatchObject({
      question: 'Giấy xác nhận tiêm chủng lấy ở đâu?',
      answerHtml: '<p>Liên hệ <strong>trạm y tế</strong> xã.</p>\n',
      topicCode: 'T03',
      revision: 1,
      usageCount: 0,
    });

    const edit = (revision: number, state: string) =>
      h.request(th, `${BASE}/entries/${entry.id}`, {
        method: 'PATCH',
        cookie: admin,
        json: {
          question: entry.question,
          answer: 'Liên hệ trạm y tế xã hoặc tra trên ứng dụng.',
          topicId: entry.topicId,
          keywords: ['tiêm chủng', 'giấy xác nhận'],
          state,
          validUntil: '2030-12-31',
          revision,
        },
      });
    const saved = await edit(1, 'public');
    expect(saved.status).toBe(200);
    expect((await json(saved)).entry.revision).toBe(2);
    const stale = await edit(1, 'internal');
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.message).toMatch(/người khác sửa/);

    const { revisions } = await json(await h.request(th, `${BASE}/entries/${entry.id}`, { cookie: admin }));
    expect(revisions.map((r: Json) => [r.revision, r.action])).toEqual([
      [2, 'update'],
      [1, 'create'],
    ]);
    expect(revisions[0].actorName).toMatch(/^Người dùng/);
    expect(revisions[0].changes.map((c: Json) => c.field)).toEqual([
      'answer',
      'keywords',
      'state',
      'validUntil',
    ]);
    expect(revisions[0].changes.find((c: Json) => c.field === 'state')).toEqual({
      field: 'state',
      from: 'draft',
      to: 'public',
    });
    expect(revisions[1].changes.find((c: Json) => c.field === 'topic').to).toMatch(/Tư vấn, hỗ trợ y tế/);
    // History is append-only for the app role.
    const app = postgres(testDatabaseUrls().appUrl, { max: 1 });
    const tampering = app.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${th.id}, true)`;
      await tx`update faq_revisions set action = 'x'`;
    });
    await expect(tampering).rejects.toMatchObject({ code: '42501' });
    await app.end();
  });

  it('stores only safe HTML for an answer, whatever is typed', async () => {
    const res = await h.request(th, `${BASE}/entries`, {
      cookie: admin,
      json: {
        question: 'XSS?',
        answer: '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
        state: 'public',
      },
    });
    const { entry } = await json(res);
    const { entry: shown } = await json(await h.request(th, `/v1/faq/${entry.id}`));
    expect(shown.answerHtml).not.toMatch(/<script|<img|href="javascript/i);
    expect(shown.answerHtml).toContain('&lt;script&gt;');
  });

  it('refuses bad input with field messages and unknown references with 400', async () => {
    const bad = await h.request(th, `${BASE}/entries`, {
      cookie: admin,
      json: { question: '', answer: 'x', state: 'secret', validUntil: '2027-02-30' },
    });
    expect(bad.status).toBe(400);
    const paths = (await json(bad)).error.issues.map((i: Json) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['question', 'state', 'validUntil']));
    const foreignTopic = (await sql`select id from topics where tenant_id = ${h.a.id} limit 1`)[0]!
      .id as string;
    const ref = await h.request(th, `${BASE}/entries`, {
      cookie: admin,
      json: { question: 'q?', answer: 'a', topicId: foreignTopic },
    });
    expect(ref.status).toBe(400);
    expect((await json(ref)).error.message).toBe('Lĩnh vực không thuộc tỉnh này.');
  });

  it('lists with filters and deletes (audited)', async () => {
    const drafts = await json(
      await h.request(th, `${BASE}/entries?state=draft&q=XAC%20NHAN`, { cookie: admin }),
    );
    expect(drafts.entries.every((e: Json) => e.state === 'draft')).toBe(true);
    const internal = await json(await h.request(th, `${BASE}/entries?state=internal`, { cookie: admin }));
    expect(internal.entries.map((e: Json) => e.question)).toEqual([
      'Người dân hỏi kết quả xét nghiệm đã quá 48 giờ chưa có thì tổng đài viên xử lý thế nào?',
    ]);
    const doomed = internal.entries[0];
    expect(
      (await h.request(th, `${BASE}/entries/${doomed.id}`, { method: 'DELETE', cookie: admin })).status,
    ).toBe(200);
    expect((await h.request(th, `${BASE}/entries/${doomed.id}`, { cookie: admin })).status).toBe(404);
    const audit =
      await sql`select count(*)::int as n from audit_log where tenant_id = ${th.id} and action = 'faq.deleted'`;
    expect(audit[0]!.n).toBe(1);
  });
});

describe('FAQ import and export', () => {
  const header = 'Mã,Câu hỏi,Trả lời,Lĩnh vực,Từ khóa,Cơ quan nguồn,Trạng thái,Hiệu lực đến';

  it('previews every row with its errors and writes nothing', async () => {
    const before = await entryCount();
    const csv = [
      header,
      ',Đăng ký tiêm mũi nhắc lại ở đâu?,Tại trạm y tế xã.,T03,tiêm chủng; mũi 3,SYT,Công khai,31/12/2030',
      ',,Thiếu câu hỏi,T99,,Sở Ngoại giao,đã xóa,31/02/2027',
      'not-a-uuid,Câu có mã lạ?,Trả lời.,,,,,',
    ].join('\n');
    const res = await upload(`${BASE}/import/preview`, csv, CSV, admin);
    expect(res.status).toBe(200);
    const report = await json(res);
    expect(report.summary).toEqual({ total: 3, valid: 1, invalid: 2, creates: 1, updates: 0 });
    expect(report.rows[1].errors.map((e: Json) => e.column)).toEqual([
      'question',
      'topic',
      'sourceAgency',
      'state',
      'validUntil',
    ]);
    expect(report.rows[2].errors[0].message).toMatch(/Không có câu hỏi mã "not-a-uuid"/);
    expect(await entryCount()).toBe(before);
  });

  it('commits the valid rows only, with an import revision, and refuses unreadable files', async () => {
    const before = await entryCount();
    const csv = [
      header,
      ',Đăng ký tiêm mũi nhắc lại ở đâu?,Tại trạm y tế xã.,T03,tiêm chủng,SYT,Công khai,',
      ',,x,,,,,',
    ].join('\n');
    const res = await upload(`${BASE}/import/commit`, csv, CSV, admin);
    expect(res.status).toBe(200);
    expect((await json(res)).written).toBe(1);
    expect(await entryCount()).toBe(before + 1);
    const rows =
      await sql`select e.state, e.source_agency_id is not null as has_agency, r.action from faq_entries e
      join faq_revisions r on r.tenant_id = e.tenant_id and r.faq_id = e.id
      where e.tenant_id = ${th.id} and e.question = 'Đăng ký tiêm mũi nhắc lại ở đâu?'`;
    expect(rows).toEqual([{ state: 'public', has_agency: true, action: 'import' }]);
    const noHeader = await upload(`${BASE}/import/preview`, 'a,b\n1,2', CSV, admin);
    expect(noHeader.status).toBe(400);
    expect((await json(noHeader)).error.message).toMatch(/thiếu cột Câu hỏi, Trả lời/);
  });

  it('exports CSV and XLSX that re-import as unchanged updates', async () => {
    const csvRes = await h.request(th, `${BASE}/export?format=csv`, { cookie: admin });
    expect(csvRes.headers.get('content-disposition')).toMatch(/hoi-dap-.*\.csv/);
    const raw = new Uint8Array(await csvRes.arrayBuffer());
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(raw);
    expect(csv.split('\r\n')[0]).toBe(`${header},Lượt sử dụng`);
    const preview = await json(await upload(`${BASE}/import/preview`, raw, CSV, admin));
    expect(preview.summary.invalid).toBe(0);
    expect(preview.summary.updates).toBe(await entryCount());

    const xlsxRes = await h.request(th, `${BASE}/export?format=xlsx`, { cookie: admin });
    const bytes = new Uint8Array(await xlsxRes.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    expect(book.worksheets[0]!.getRow(1).getCell(2).value).toBe('Câu hỏi');
    const commit = await json(await upload(`${BASE}/import/commit`, bytes, XLSX, admin));
    expect(commit.summary.invalid).toBe(0);
    expect(commit.written).toBe(0);
  });
});

describe('synonyms', () => {
  it('lists the seeded lines and refuses duplicates and empty phrases', async () => {
    const { synonyms } = await json(await h.request(th, `${BASE}/synonyms`, { cookie: supervisor }));
    expect(synonyms.map((s: Json) => s.term)).toEqual(expect.arrayContaining(['F0', 'test', 'hộ nghèo']));
    const dup = await h.request(th, `${BASE}/synonyms`, {
      cookie: admin,
      json: { term: 'F0', equivalents: ['x'] },
    });
    expect(dup.status).toBe(409);
    const empty = await h.request(th, `${BASE}/synonyms`, {
      cookie: admin,
      json: { term: 'abc', equivalents: ['ABC'] },
    });
    expect(empty.status).toBe(400);
    expect((await json(empty)).error.issues[0].message).toBe('"ABC" bị lặp lại.');
  });
});

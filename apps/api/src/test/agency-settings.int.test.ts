import { demoProvinces } from '@tongdai/db/seed';
import {
  createMember,
  createProvince,
  testDatabaseUrls,
  type TestMember,
  type TestProvince,
} from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DOMAIN, createHarness, sessionCookie, WEB_PORT, type Harness } from './harness.js';

const { adminUrl } = testDatabaseUrls();
const BASE = '/v1/settings/agencies';
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let h: Harness;
let bt: TestProvince;
let sql: postgres.Sql;
let cookieBt: string;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (res: Response) => (await res.json()) as Json;

async function signIn(p: TestProvince, m: TestMember) {
  const res = await h.request(p, '/v1/auth/login', { json: { email: m.email, password: m.password } });
  expect(res.status).toBe(200);
  const cookie = sessionCookie(res);
  if (m.totpKey) {
    const ok = await h.passSecondFactor(p, m.totpKey, cookie);
    expect(ok.status).toBe(200);
  }
  return cookie;
}

const adminOf = async (p: TestProvince) =>
  signIn(p, await createMember(adminUrl, p.id, { role: 'tenant_admin', totp: true }));

/** A same-origin browser upload of a raw file body (the harness only sends JSON). */
function upload(p: TestProvince, path: string, body: string | Uint8Array, type: string, cookie: string) {
  const host = `${p.slug}.${BASE_DOMAIN}:${WEB_PORT}`;
  return h.app.request(path, {
    method: 'POST',
    headers: {
      host,
      origin: `http://${host}`,
      'sec-fetch-site': 'same-origin',
      'x-forwarded-for': '10.1.2.3',
      'content-type': type,
      cookie,
    },
    body,
  });
}

const agencyCount = async (tenantId: string) =>
  Number((await sql`select count(*) as n from agencies where tenant_id = ${tenantId}`)[0]!.n);
const idOf = async (tenantId: string, code: string) =>
  (await sql`select id from agencies where tenant_id = ${tenantId} and code = ${code}`)[0]?.id as string;
const auditCount = async (tenantId: string, action: string) =>
  Number(
    (await sql`select count(*) as n from audit_log where tenant_id = ${tenantId} and action = ${action}`)[0]!
      .n,
  );

beforeAll(async () => {
  h = await createHarness();
  sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  bt = await createProvince(adminUrl, { template: demoProvinces.find((p) => p.slug === 'binhthuan')! });
  cookieBt = await adminOf(bt);
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

describe('agency directory: create, list, update, delete', () => {
  it('normalises numbers, keeps the hotline order and audits each change', async () => {
    const created = await h.request(bt, BASE, {
      cookie: cookieBt,
      json: {
        code: 'ubnd-bac-binh',
        name: 'UBND huyện Bắc Bình',
        kind: 'district',
        contactEmail: 'VP@BacBinh.example',
        hotlines: [
          { phone: '0913.680.916' },
          {
            phone: '0252 3822 222',
            schedule: { kind: 'weekly', slots: [{ weekday: 1, start: '07:00', end: '17:00' }] },
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const { agency } = await json(created);
    expect(agency).toMatchObject({ code: 'UBND-BAC-BINH', contactEmail: 'vp@bacbinh.example', active: true });
    expect(agency.hotlines[0]).toMatchObject({ phone: '+84913680916', display: '0913 680 916', position: 0 });
    expect(agency.hotlines[1]).toMatchObject({
      phone: '+842523822222',
      position: 1,
      schedule: { kind: 'weekly' },
    });

    const parentId = await idOf(bt.id, 'SGTVT');
    const updated = await h.request(bt, `${BASE}/${agency.id}`, {
      method: 'PATCH',
      cookie: cookieBt,
      json: {
        code: 'UBND-BAC-BINH',
        name: 'UBND huyện Bắc Bình (mới)',
        kind: 'district',
        parentId,
        transferEnabled: false,
        hotlines: [{ phone: '0967 761 818' }, { phone: '+84913680916' }, { phone: '02523822222' }],
      },
    });
    expect(updated.status).toBe(200);
    const listed = (await json(await h.request(bt, BASE, { cookie: cookieBt }))).agencies as Json[];
    const mine = listed.find((a) => a.id === agency.id)!;
    expect(mine).toMatchObject({ parentId, parentName: 'Sở Giao thông Vận tải', transferEnabled: false });
    expect(mine.contactEmail).toBeNull();
    expect(mine.hotlines.map((x: Json) => [x.position, x.display])).toEqual([
      [0, '0967 761 818'],
      [1, '0913 680 916'],
      [2, '0252 3822 222'],
    ]);
    const rows =
      await sql`select phone from agency_hotlines where agency_id = ${agency.id} order by position`;
    expect(rows.map((r) => r.phone)).toEqual(['+84967761818', '+84913680916', '+842523822222']);

    const deleted = await h.request(bt, `${BASE}/${agency.id}`, { method: 'DELETE', cookie: cookieBt });
    expect(deleted.status).toBe(200);
    expect(await idOf(bt.id, 'UBND-BAC-BINH')).toBeUndefined();
    for (const action of ['agency.created', 'agency.updated', 'agency.deleted']) {
      expect(await auditCount(bt.id, action)).toBe(1);
    }
  });

  it('refuses a duplicate code, and a parent of another province, itself or below itself', async () => {
    const dup = await h.request(bt, BASE, {
      cookie: cookieBt,
      json: { code: 'sgtvt', name: 'Trùng', kind: 'other' },
    });
    expect(dup.status).toBe(409);
    expect((await json(dup)).error.message).toBe('Mã cơ quan đã tồn tại.');

    const sct = await idOf(bt.id, 'SCT');
    const sctInput = { code: 'SCT', name: 'Sở Công thương', kind: 'department' };
    const rename = await h.request(bt, `${BASE}/${sct}`, {
      method: 'PATCH',
      cookie: cookieBt,
      json: { ...sctInput, code: 'SGTVT' },
    });
    expect(rename.status).toBe(409);

    const foreign = await idOf(h.a.id, 'SYT');
    for (const parentId of [foreign, sct]) {
      const res = await h.request(bt, `${BASE}/${sct}`, {
        method: 'PATCH',
        cookie: cookieBt,
        json: { ...sctInput, parentId },
      });
      expect(res.status).toBe(400);
      expect((await json(res)).error.issues[0].path).toBe('parentId');
    }
    const child = await json(
      await h.request(bt, BASE, {
        cookie: cookieBt,
        json: { code: 'PHONG-SCT', name: 'Phòng', kind: 'other', parentId: sct },
      }),
    );
    const cycle = await h.request(bt, `${BASE}/${sct}`, {
      method: 'PATCH',
      cookie: cookieBt,
      json: { ...sctInput, parentId: child.agency.id },
    });
    expect(cycle.status).toBe(400);
    const foreignOnCreate = await h.request(bt, BASE, {
      cookie: cookieBt,
      json: { code: 'X-FOREIGN', name: 'X', kind: 'other', parentId: foreign },
    });
    expect(foreignOnCreate.status).toBe(400);
  });

  it('answers 409 with what still uses an agency instead of deleting it (never a 500)', async () => {
    const sgtvt = await idOf(bt.id, 'SGTVT');
    const inUse = await h.request(bt, `${BASE}/${sgtvt}`, { method: 'DELETE', cookie: cookieBt });
    expect(inUse.status).toBe(409);
    expect((await json(inUse)).error.message).toMatch(/Không thể xóa "Sở Giao thông Vận tải".*chủ đề/);

    // IVR branches cascade in the schema: only the explicit check keeps the menu intact.
    const { agency } = await json(
      await h.request(bt, BASE, {
        cookie: cookieBt,
        json: { code: 'IVR-ONLY', name: 'Chỉ IVR', kind: 'other' },
      }),
    );
    const [branch] =
      await sql`insert into ivr_branches (tenant_id, digit, label) values (${bt.id}, '9', 'Nhánh 9') returning id`;
    await sql`insert into ivr_branch_agencies (tenant_id, branch_id, agency_id, position)
      values (${bt.id}, ${branch!.id}, ${agency.id}, 0)`;
    const blocked = await h.request(bt, `${BASE}/${agency.id}`, { method: 'DELETE', cookie: cookieBt });
    expect(blocked.status).toBe(409);
    expect((await json(blocked)).error.message).toContain('1 nhánh tổng đài (IVR)');
    expect(await idOf(bt.id, 'IVR-ONLY')).toBe(agency.id);

    const staff = await json(
      await h.request(bt, BASE, {
        cookie: cookieBt,
        json: { code: 'STAFF-ONLY', name: 'Có cán bộ', kind: 'other' },
      }),
    );
    await createMember(adminUrl, bt.id, { role: 'agency_staff', agencyId: staff.agency.id });
    const byMember = await h.request(bt, `${BASE}/${staff.agency.id}`, {
      method: 'DELETE',
      cookie: cookieBt,
    });
    expect(byMember.status).toBe(409);
    expect((await json(byMember)).error.message).toContain('1 tài khoản cán bộ');
  });
});

const header = 'Mã;Tên cơ quan;Loại;Email;Số điện thoại 1;Số điện thoại 2;Chuyển cuộc gọi';
const binhThuanCsv = [
  `\uFEFF${header}`,
  'SGTVT;Sở Giao thông Vận tải;Sở/ngành;vanphong@sgtvt.example;0913.680.916;;có',
  'UBND-PHAN-THIET;UBND thành phố Phan Thiết;UBND huyện;;0918.590.213;0252 3822 222;có',
  'BV-HAM-TAN;Bệnh viện huyện Hàm Tân;Bệnh viện;;0967.791.818;0945.951.138;',
  'BAD-1;;Bệnh viện;;0913.680.91;;có',
  'ubnd-phan-thiet;UBND Phan Thiết (trùng mã);UBND huyện;;;;không',
  '"SYT";"Sở Y tế; Ban chỉ đạo";Sở/ngành;;;;không',
].join('\r\n');

describe('import', () => {
  it('previews every row with its errors and writes nothing', async () => {
    const before = await agencyCount(bt.id);
    const res = await upload(bt, `${BASE}/import/preview`, binhThuanCsv, CSV, cookieBt);
    expect(res.status).toBe(200);
    const preview = await json(res);
    expect(preview.rows.map((r: Json) => [r.line, r.action])).toEqual([
      [2, 'update'],
      [3, 'create'],
      [4, 'create'],
      [5, 'skip'],
      [6, 'skip'],
      [7, 'update'],
    ]);
    const bad = preview.rows[3];
    expect(bad.values).toMatchObject({ code: 'BAD-1', name: '', phone1: '0913.680.91' });
    expect(bad.errors.map((e: Json) => e.column)).toEqual(['name', 'phone1']);
    expect(preview.rows[4].errors[0].message).toBe('Mã UBND-PHAN-THIET trùng với dòng 3.');
    expect(preview.rows[5].values.name).toBe('Sở Y tế; Ban chỉ đạo');
    expect(preview.summary).toEqual({ total: 6, valid: 4, invalid: 2, creates: 2, updates: 2 });
    expect(await agencyCount(bt.id)).toBe(before);
    expect(await auditCount(bt.id, 'agency.import')).toBe(0);
  });

  it('commits the valid rows only, keeps what the file does not carry, and audits once', async () => {
    const sgtvt = await idOf(bt.id, 'SGTVT');
    const weekly = { kind: 'weekly', slots: [{ weekday: 2, start: '08:00', end: '16:00' }] };
    const patched = await h.request(bt, `${BASE}/${sgtvt}`, {
      method: 'PATCH',
      cookie: cookieBt,
      json: {
        code: 'SGTVT',
        name: 'Sở GTVT',
        kind: 'department',
        active: false,
        hotlines: [{ phone: '0913680916', schedule: weekly }, { phone: '0972905939' }],
      },
    });
    expect(patched.status).toBe(200);
    const before = await agencyCount(bt.id);
    const res = await upload(bt, `${BASE}/import/commit`, binhThuanCsv, CSV, cookieBt);
    expect(res.status).toBe(200);
    const result = await json(res);
    expect(result.written).toBe(4);
    expect(result.rows[3].errors.length).toBe(2);
    expect(await agencyCount(bt.id)).toBe(before + 2);
    expect(await idOf(bt.id, 'BAD-1')).toBeUndefined();
    const phones =
      await sql`select h.phone, h.position from agency_hotlines h join agencies a on a.id = h.agency_id
      where a.tenant_id = ${bt.id} and a.code = 'UBND-PHAN-THIET' order by h.position`;
    expect(phones.map((r) => r.phone)).toEqual(['+84918590213', '+842523822222']);
    const [row] = await sql`select name, active, contact_email from agencies where id = ${sgtvt}`;
    expect(row).toMatchObject({
      name: 'Sở Giao thông Vận tải',
      active: false,
      contact_email: 'vanphong@sgtvt.example',
    });
    const hotlines =
      await sql`select phone, schedule from agency_hotlines where agency_id = ${sgtvt} order by position`;
    expect(hotlines).toEqual([{ phone: '+84913680916', schedule: weekly }]);
    const [syt] =
      await sql`select transfer_enabled, name from agencies where tenant_id = ${bt.id} and code = 'SYT'`;
    expect(syt).toMatchObject({ transfer_enabled: false, name: 'Sở Y tế; Ban chỉ đạo' });
    const [entry] =
      await sql`select details from audit_log where tenant_id = ${bt.id} and action = 'agency.import'`;
    expect(entry!.details).toMatchObject({ total: 6, invalid: 2, creates: 2, updates: 2, written: 4 });
  });

  it('reads a comma-separated file with English headers and no BOM', async () => {
    const csv =
      'Code,Name,Kind,Phone 1,Transfer\nX-EN,"Sở Tư pháp, tỉnh Bình Thuận",department,0913 175 279,no\n';
    const preview = await json(await upload(bt, `${BASE}/import/preview`, csv, CSV, cookieBt));
    expect(preview.rows[0]).toMatchObject({
      action: 'create',
      errors: [],
      values: { name: 'Sở Tư pháp, tỉnh Bình Thuận' },
    });
  });

  it('exports XLSX and CSV that re-import cleanly as updates', async () => {
    const total = await agencyCount(bt.id);
    const xlsx = await h.request(bt, `${BASE}/export?format=xlsx`, { cookie: cookieBt });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect(xlsx.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="co-quan-${bt.slug}-\\d{4}-\\d{2}-\\d{2}\\.xlsx"$`),
    );
    const fromXlsx = await json(
      await upload(bt, `${BASE}/import/preview`, new Uint8Array(await xlsx.arrayBuffer()), XLSX, cookieBt),
    );
    expect(fromXlsx.summary).toEqual({ total, valid: total, invalid: 0, creates: 0, updates: total });
    expect(fromXlsx.rows.every((r: Json) => r.action === 'update')).toBe(true);

    const csv = await h.request(bt, `${BASE}/export`, { cookie: cookieBt });
    expect(csv.headers.get('content-disposition')).toMatch(/filename="co-quan-.+-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(
      'Mã,Tên cơ quan,Loại,Email,Số điện thoại 1,Số điện thoại 2,Số điện thoại 3,Chuyển cuộc gọi',
    );
    expect(text).toContain(
      'TTYT-TANH-LINH,TTYT huyện Tánh Linh,Trung tâm y tế,,0968 731 919,0975 394 115,,có',
    );
    const fromCsv = await json(await upload(bt, `${BASE}/import/preview`, bytes, CSV, cookieBt));
    expect(fromCsv.summary).toMatchObject({ invalid: 0, updates: total });
  });

  it('refuses unreadable files with a message, never a 500', async () => {
    const cases: [string | Uint8Array, string, RegExp][] = [
      [new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41), CSV, /tối đa 2 MB/],
      ['Mã,Tên cơ quan,Loại\nA,B,Khác', 'application/json', /CSV/],
      ['', CSV, /trống/],
      ['not a zip', XLSX, /xlsx/i],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), XLSX, /Excel/],
      [new Uint8Array([0x4d, 0xe3, 0x3b, 0x54, 0xea, 0x6e]), CSV, /UTF-8/],
      ['STT;Tên đơn vị\n1;Sở Y tế', CSV, /thiếu cột Mã, Loại/],
      ['Mã,Tên cơ quan,Loại\n', CSV, /không có dòng dữ liệu/],
    ];
    for (const [body, type, message] of cases) {
      const res = await upload(bt, `${BASE}/import/preview`, body, type, cookieBt);
      expect(res.status, String(message)).toBe(400);
      expect((await json(res)).error.message).toMatch(message);
    }
  });
});

describe('security', () => {
  it('an operator gets 403, and nobody signed in gets 401', async () => {
    const operator = await signIn(bt, await createMember(adminUrl, bt.id, { role: 'operator' }));
    expect((await h.request(bt, BASE, { cookie: operator })).status).toBe(403);
    expect((await upload(bt, `${BASE}/import/commit`, binhThuanCsv, CSV, operator)).status).toBe(403);
    expect((await h.request(bt, BASE)).status).toBe(401);
  });

  it('an admin who has not passed the second factor gets TWO_FACTOR_REQUIRED', async () => {
    const m = await createMember(adminUrl, bt.id, { role: 'tenant_admin', totp: true });
    const cookie = sessionCookie(
      await h.request(bt, '/v1/auth/login', { json: { email: m.email, password: m.password } }),
    );
    const res = await h.request(bt, `${BASE}/export`, { cookie });
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('TWO_FACTOR_REQUIRED');
  });

  it('province B’s admin gets 404 for province A’s agency on B’s site, and A’s agency is untouched', async () => {
    const cookieB = await adminOf(h.b);
    const agencyA = await idOf(h.a.id, 'STTTT');
    const input = { code: 'STTTT', name: 'Đổi tên', kind: 'department' };
    const patch = await h.request(h.b, `${BASE}/${agencyA}`, {
      method: 'PATCH',
      cookie: cookieB,
      json: input,
    });
    expect(patch.status).toBe(404);
    const del = await h.request(h.b, `${BASE}/${agencyA}`, { method: 'DELETE', cookie: cookieB });
    expect(del.status).toBe(404);
    expect(await idOf(h.a.id, 'STTTT')).toBe(agencyA);
    const [row] = await sql`select name from agencies where id = ${agencyA}`;
    expect(row!.name).not.toBe('Đổi tên');
    // B's own session does not reach A's site either.
    expect((await h.request(h.a, BASE, { cookie: cookieB })).status).toBe(401);
  });

  it('malformed input is a 400 with the fields, not a 500', async () => {
    const notJson = await h.request(bt, BASE, {
      method: 'POST',
      cookie: cookieBt,
      headers: { 'content-type': 'application/json' },
      json: undefined,
    });
    expect(notJson.status).toBe(400);
    const bad = await h.request(bt, BASE, {
      cookie: cookieBt,
      json: { code: 'Sở!', name: '', kind: 'ministry', hotlines: [{ phone: '0913.680.91' }] },
    });
    expect(bad.status).toBe(400);
    const paths = (await json(bad)).error.issues.map((i: Json) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'name', 'kind', 'hotlines.0.phone']));
    const repeated = await h.request(bt, BASE, {
      cookie: cookieBt,
      json: {
        code: 'REPEAT',
        name: 'Lặp số',
        kind: 'other',
        hotlines: [{ phone: '0913680916' }, { phone: '0913.680.916' }],
      },
    });
    expect(repeated.status).toBe(400);
    expect((await h.request(bt, `${BASE}/not-a-uuid`, { method: 'DELETE', cookie: cookieBt })).status).toBe(
      400,
    );
    expect((await h.request(bt, `${BASE}/export?format=pdf`, { cookie: cookieBt })).status).toBe(400);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseAttachmentItem, CaseStateView } from '@tongdai/contracts';
import { MAX_ATTACHMENT_BYTES } from '@tongdai/core';
import { testDatabaseUrls } from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyProvince, type AgencyProvince } from './agency-fixtures.js';
import { SAMPLES } from './attachment-samples.js';
import { adminSql, signIn, type Body } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let p: AgencyProvince;
let caseA: CaseStateView;
let caseB: CaseStateView;

beforeAll(async () => {
  h = await createHarness();
  p = await agencyProvince(h, sql, h.a);
  caseA = await p.escalated(p.agencyA, 'Phản ánh nước thải tràn ra đường, có ảnh chụp hiện trường');
  caseB = await p.escalated(p.agencyB, 'Hỏi thủ tục trợ cấp thất nghiệp ở huyện');
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

const form = (bytes: Uint8Array, name: string, type = 'application/octet-stream') => {
  const data = new FormData();
  data.append('file', new File([bytes], name, { type }));
  return data;
};

async function upload(cookie: string, caseId: string, body: FormData | string, host = h.a) {
  const res = await h.request(host, `/v1/cases/${caseId}/attachments`, {
    body,
    cookie,
    ...(typeof body === 'string' ? { headers: { 'content-type': 'text/plain' } } : {}),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

const list = async (cookie: string, caseId: string) => {
  const res = await h.request(h.a, `/v1/cases/${caseId}/attachments`, { cookie });
  return { status: res.status, body: (await res.json()) as Body };
};

const download = (cookie: string, caseId: string, id: string) =>
  h.request(h.a, `/v1/cases/${caseId}/attachments/${id}`, { cookie });

const storedPath = (tenantId: string, item: CaseAttachmentItem) =>
  join(h.attachmentsDir, tenantId, String(new Date(item.createdAt).getUTCFullYear()), item.id);

describe('uploading and downloading a file', () => {
  let png: CaseAttachmentItem;

  it('stores a PNG on disk, lists it, and leaves status and version as they were', async () => {
    const res = await upload(
      p.operator.cookie,
      caseA.id,
      form(SAMPLES.png, 'C:\\Ảnh\\Hiện trường (1).jpg', 'image/jpeg'),
    );
    expect(res.status).toBe(201);
    png = res.body.attachment as CaseAttachmentItem;
    expect(png).toMatchObject({
      fileName: 'Hiện trường (1).jpg.png',
      contentType: 'image/png',
      sizeBytes: SAMPLES.png.length,
      source: 'operator',
      uploadedByName: expect.stringMatching(/^Người dùng/),
    });
    const state = res.body.case as CaseStateView;
    expect({ status: state.status, version: state.version }).toEqual({
      status: caseA.status,
      version: caseA.version,
    });
    expect(Buffer.from(readFileSync(storedPath(h.a.id, png))).equals(Buffer.from(SAMPLES.png))).toBe(true);
    const dir = join(h.attachmentsDir, h.a.id, String(new Date(png.createdAt).getUTCFullYear()));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const listed = await list(p.operator.cookie, caseA.id);
    expect(listed.body.attachments).toEqual([png]);
  });

  it('downloads the identical bytes with safe headers, and audit-logs the read', async () => {
    const res = await download(p.operator.cookie, caseA.id, png.id);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(SAMPLES.png))).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Hien truong (1).jpg.png"; filename*=UTF-8''Hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng%20%281%29.jpg.png`,
    );
    const rows = await sql`select action, target_id, details, actor_user_id from audit_log
      where tenant_id = ${h.a.id} and action = 'attachment.read' and target_id = ${png.id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_user_id: p.operator.id, details: { caseId: caseA.id } });
  });

  it('lets the agency’s staff add a PDF to their own case; the timeline shows both, internally', async () => {
    const res = await upload(
      p.staffA.cookie,
      caseA.id,
      form(SAMPLES.pdf, 'Công văn trả lời.pdf', 'text/plain'),
    );
    expect(res.status).toBe(201);
    const pdf = res.body.attachment as CaseAttachmentItem;
    expect(pdf).toMatchObject({
      contentType: 'application/pdf',
      source: 'agency',
      fileName: 'Công văn trả lời.pdf',
    });
    const got = await download(p.staffA.cookie, caseA.id, pdf.id);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(SAMPLES.pdf))).toBe(true);
    const timeline = await h.request(h.a, `/v1/cases/${caseA.id}/events`, { cookie: p.operator.cookie });
    const events = (await timeline.json()) as {
      events: { type: string; internal: boolean; data: Record<string, unknown> }[];
    };
    const added = events.events.filter((e) => e.type === 'attachment_added');
    expect(added.map((e) => e.data)).toEqual([
      { attachmentId: png.id, fileName: png.fileName, sizeBytes: SAMPLES.png.length, kind: 'png' },
      { attachmentId: pdf.id, fileName: 'Công văn trả lời.pdf', sizeBytes: SAMPLES.pdf.length, kind: 'pdf' },
    ]);
    expect(added.every((e) => e.internal)).toBe(true);
  });
});

describe('what the API refuses', () => {
  it('an executable renamed .pdf: 415 naming the allowed kinds, nothing written', async () => {
    const before = await list(p.operator.cookie, caseA.id);
    const res = await upload(
      p.operator.cookie,
      caseA.id,
      form(SAMPLES.exe, 'don-khieu-nai.pdf', 'application/pdf'),
    );
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.body.error?.message).toContain('PDF, JPEG, PNG');
    expect((await list(p.operator.cookie, caseA.id)).body.attachments).toEqual(before.body.attachments);
  });

  it('accepts exactly 10 MB and refuses 10 MB + 1 byte with 413', async () => {
    const kase = await p.escalated(p.agencyA, 'Gửi bản ghi âm cuộc gọi dài');
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(SAMPLES.pdf);
    const over = await upload(p.operator.cookie, kase.id, form(big, 'lon.pdf'));
    expect(over).toMatchObject({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Tệp quá lớn (tối đa 10 MB).' } },
    });
    const exact = await upload(
      p.operator.cookie,
      kase.id,
      form(big.subarray(0, MAX_ATTACHMENT_BYTES), 'vua.pdf'),
    );
    expect(exact.status).toBe(201);
    expect((exact.body.attachment as CaseAttachmentItem).sizeBytes).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('a body far over the limit is cut off by its length before it is read', async () => {
    const res = await h.request(h.a, `/v1/cases/${caseA.id}/attachments`, {
      body: 'x',
      cookie: p.operator.cookie,
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(50 * 1024 * 1024),
      },
    });
    expect(res.status).toBe(413);
  });

  it('the 11th file of a case: 409 LIMIT_REACHED', async () => {
    const kase = await p.escalated(p.agencyA, 'Phản ánh kèm nhiều ảnh');
    for (let i = 1; i <= 10; i += 1) {
      const res = await upload(p.operator.cookie, kase.id, form(SAMPLES.jpeg, `anh-${i}.jpg`));
      expect(res.status, `file ${i}`).toBe(201);
    }
    const eleventh = await upload(p.operator.cookie, kase.id, form(SAMPLES.jpeg, 'anh-11.jpg'));
    expect(eleventh).toMatchObject({
      status: 409,
      body: {
        error: { code: 'LIMIT_REACHED', message: 'Hồ sơ đã có đủ 10 tệp đính kèm, không thể thêm tệp nữa.' },
      },
    });
    expect(((await list(p.operator.cookie, kase.id)).body.attachments as unknown[]).length).toBe(10);
  });

  it('no file, two files, or not multipart: 400 with the field', async () => {
    const two = form(SAMPLES.png, 'a.png');
    two.append('file', new File([SAMPLES.png], 'b.png'));
    for (const body of [new FormData(), two, 'just text']) {
      const res = await upload(p.operator.cookie, caseA.id, body);
      expect(res.status).toBe(400);
      expect(res.body.error?.issues?.[0]?.path).toBe('file');
    }
  });
});

describe('who may see the files', () => {
  let pngId: string;
  beforeAll(async () => {
    const res = await upload(p.operator.cookie, caseA.id, form(SAMPLES.png, 'rieng.png'));
    pngId = (res.body.attachment as CaseAttachmentItem).id;
  });

  it('another agency’s staff: 404 for the list, the download and an upload', async () => {
    expect((await list(p.staffB.cookie, caseA.id)).status).toBe(404);
    expect((await download(p.staffB.cookie, caseA.id, pngId)).status).toBe(404);
    expect((await upload(p.staffB.cookie, caseA.id, form(SAMPLES.png, 'x.png'))).status).toBe(404);
    // Their own case is fine, and an id of A's case under B's case is not found either.
    expect((await list(p.staffB.cookie, caseB.id)).status).toBe(200);
    expect((await download(p.staffB.cookie, caseB.id, pngId)).status).toBe(404);
  });

  it('the database itself hides them from agency B’s context', async () => {
    const app = postgres(testDatabaseUrls().appUrl, { max: 1 });
    try {
      const count = (agencyId: string) =>
        app.begin(async (tx) => {
          await tx`select set_config('app.tenant_id', ${h.a.id}, true), set_config('app.role', 'agency_staff', true),
                          set_config('app.agency_id', ${agencyId}, true)`;
          const [row] = await tx`select count(*)::int as n from case_attachments where case_id = ${caseA.id}`;
          return row!.n as number;
        });
      expect(await count(p.agencyB.id)).toBe(0);
      expect(await count(p.agencyA.id)).toBeGreaterThan(0);
    } finally {
      await app.end();
    }
  });

  it('another province: 404 for the same ids on its own host', async () => {
    const other = await signIn(h, h.b, 'operator');
    const res = await h.request(h.b, `/v1/cases/${caseA.id}/attachments/${pngId}`, { cookie: other.cookie });
    expect(res.status).toBe(404);
    expect((await h.request(h.b, `/v1/cases/${caseA.id}/attachments`, { cookie: other.cookie })).status).toBe(
      404,
    );
    const up = await upload(other.cookie, caseA.id, form(SAMPLES.png, 'x.png'), h.b);
    expect(up.status).toBe(404);
    expect(existsSync(join(h.attachmentsDir, h.b.id))).toBe(false);
  });

  it('nobody signed in: 401, also for an upload, whose body is not read first', async () => {
    expect((await h.request(h.a, `/v1/cases/${caseA.id}/attachments`)).status).toBe(401);
    // An oversize upload without a session is refused for the session, not for its size.
    const big = form(new Uint8Array(MAX_ATTACHMENT_BYTES + 1), 'lon.pdf');
    expect((await upload('', caseA.id, big)).status).toBe(401);
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { CaseAttachmentItem } from '@tongdai/contracts';
import { MAX_ATTACHMENT_BYTES } from '@tongdai/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from './attachment-samples.js';
import { adminSql, signIn, type Body } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';
import { requestBody, solvedPow, topicWithSla } from './portal-fixtures.js';

let h: Harness;
const sql = adminSql();
let topic: { id: string; code: string; name: string };
let operator: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  h = await createHarness();
  topic = await topicWithSla(sql, h.a.id);
  operator = await signIn(h, h.a, 'operator');
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs), as a phone would send a tiny photo. */
function realPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const pixel = deflateSync(Buffer.from([0, 0xc8, 0x32, 0x32]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', pixel),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A one-page PDF with a correct cross-reference table. */
function realPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) text += `${String(at).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

const PNG = realPng();
const PDF = realPdf();

async function formOf(files: { bytes: Uint8Array; name: string; type?: string }[], extra = {}) {
  const fields = requestBody(topic.id, await solvedPow(h, h.a), extra);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'consent') {
      if (value) form.append('consent', 'on');
    } else form.append(name, String(value));
  }
  for (const f of files) form.append('files', new File([f.bytes], f.name, { type: f.type ?? 'image/jpeg' }));
  return { form, content: fields.content };
}

const submit = async (form: FormData) => {
  const res = await h.request(h.a, '/v1/public/requests/multipart', { body: form });
  return { status: res.status, body: (await res.json()) as Body };
};

const caseCount = async () =>
  (await sql`select count(*)::int as n from cases where tenant_id = ${h.a.id}`)[0]!.n as number;
const attachmentCount = async () =>
  (await sql`select count(*)::int as n from case_attachments where tenant_id = ${h.a.id}`)[0]!.n as number;
const storedFiles = () => {
  try {
    return readdirSync(join(h.attachmentsDir, h.a.id), { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    ).length;
  } catch {
    return 0;
  }
};
const counts = async () => ({
  cases: await caseCount(),
  rows: await attachmentCount(),
  files: storedFiles(),
});

describe('POST /v1/public/requests/multipart: a request with photos and documents', () => {
  let created: { code: string; statusToken: string };
  let caseId = '';

  it('creates one case with the two files, from the citizen, in the order they were chosen', async () => {
    const before = await counts();
    const { form, content } = await formOf([
      { bytes: PNG, name: 'Ảnh cống vỡ.png', type: 'image/png' },
      { bytes: PDF, name: 'C:\\Giấy tờ\\Đơn kiến nghị.pdf', type: 'application/pdf' },
    ]);
    const res = await submit(form);
    expect(res.status).toBe(201);
    created = res.body as typeof created;
    const rows =
      await sql`select id, channel, status from cases where tenant_id = ${h.a.id} and content = ${content}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'portal', status: 'classified' });
    caseId = rows[0]!.id as string;
    expect(await counts()).toEqual({
      cases: before.cases + 1,
      rows: before.rows + 2,
      files: before.files + 2,
    });
    const stored = await sql`select file_name, content_type, size_bytes::int, source, uploaded_by
      from case_attachments where tenant_id = ${h.a.id} and case_id = ${caseId} order by created_at`;
    expect(stored.map((r) => ({ ...r }))).toEqual([
      {
        file_name: 'Ảnh cống vỡ.png',
        content_type: 'image/png',
        size_bytes: PNG.length,
        source: 'citizen',
        uploaded_by: null,
      },
      {
        file_name: 'Đơn kiến nghị.pdf',
        content_type: 'application/pdf',
        size_bytes: PDF.length,
        source: 'citizen',
        uploaded_by: null,
      },
    ]);
    const [consent] = await sql`select details from audit_log where tenant_id = ${h.a.id}
      and action = 'personal_data.consent' and target_id = ${caseId}`;
    expect(consent?.details).toMatchObject({ code: created.code, files: 2 });
  });

  it('lets an operator list them as the citizen’s and download the identical bytes', async () => {
    const listed = await h.request(h.a, `/v1/cases/${caseId}/attachments`, { cookie: operator.cookie });
    expect(listed.status).toBe(200);
    const items = ((await listed.json()) as { attachments: CaseAttachmentItem[] }).attachments;
    expect(items.map((a) => [a.fileName, a.source, a.uploadedByName])).toEqual([
      ['Ảnh cống vỡ.png', 'citizen', null],
      ['Đơn kiến nghị.pdf', 'citizen', null],
    ]);
    for (const [item, bytes] of [
      [items[0]!, PNG],
      [items[1]!, PDF],
    ] as const) {
      const got = await h.request(h.a, `/v1/cases/${caseId}/attachments/${item.id}`, {
        cookie: operator.cookie,
      });
      expect(got.status).toBe(200);
      expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('notes each file on the internal timeline, with no actor', async () => {
    const res = await h.request(h.a, `/v1/cases/${caseId}/events`, { cookie: operator.cookie });
    const events = ((await res.json()) as { events: { type: string; internal: boolean; data: Body }[] })
      .events;
    const added = events.filter((e) => e.type === 'attachment_added');
    expect(added.map((e) => [e.data['fileName'], e.data['kind'], e.internal])).toEqual([
      ['Ảnh cống vỡ.png', 'png', true],
      ['Đơn kiến nghị.pdf', 'pdf', true],
    ]);
    const actors = await sql`select actor_user_id from case_events
      where tenant_id = ${h.a.id} and case_id = ${caseId} and type = 'attachment_added'`;
    expect(actors.map((r) => r.actor_user_id)).toEqual([null, null]);
  });

  it('shows the citizen how many files they sent, never their names, by code + phone or link', async () => {
    const byCode = await h.request(h.a, '/v1/public/status', {
      json: { code: created.code, contact: '0913 680 916' },
    });
    const byLink = await h.request(h.a, `/v1/public/status/${created.statusToken}`);
    for (const res of [byCode, byLink]) {
      expect(res.status).toBe(200);
      const body = (await res.json()) as Body;
      expect(body['citizenFileCount']).toBe(2);
      expect(JSON.stringify({ ...body, statusToken: '' })).not.toMatch(
        /Ảnh cống|Đơn kiến nghị|\.png|\.pdf|attachment/i,
      );
    }
  });

  it('takes the form without files, and JSON as before: no files, a count of 0', async () => {
    const { form } = await formOf([]);
    // What a browser sends for a file input left empty: one part with no name and no bytes.
    form.append('files', new File([], '', { type: 'application/octet-stream' }));
    const res = await submit(form);
    expect(res.body.error).toBeUndefined();
    expect(res.status).toBe(201);
    const status = await h.request(h.a, `/v1/public/status/${(res.body as typeof created).statusToken}`);
    expect(((await status.json()) as Body)['citizenFileCount']).toBe(0);
  });
});

describe('what refuses the whole request, before any case exists', () => {
  it('an executable renamed .jpg: 415 naming the file, no case, no row, no file on disk', async () => {
    const before = await counts();
    const { form, content } = await formOf([
      { bytes: PNG, name: 'anh-that.png' },
      { bytes: SAMPLES.exe, name: 'anh-hien-truong.jpg' },
    ]);
    const res = await submit(form);
    expect(res.status).toBe(415);
    expect(res.body.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.body.error?.issues).toEqual([
      {
        path: 'files.1',
        message: expect.stringMatching(/^Tệp "anh-hien-truong\.jpg": Loại tệp này không được nhận/),
      },
    ]);
    expect(await counts()).toEqual(before);
    expect((await sql`select 1 from cases where content = ${content}`).length).toBe(0);
  });

  it('a 4th file: 400 on the files field, no case', async () => {
    const before = await counts();
    const four = [1, 2, 3, 4].map((i) => ({ bytes: PNG, name: `anh-${i}.png` }));
    const res = await submit((await formOf(four)).form);
    expect(res.status).toBe(400);
    expect(res.body.error?.issues).toEqual([
      { path: 'files', message: 'Chỉ gửi kèm được tối đa 3 tệp mỗi yêu cầu.' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('one file over 10 MB: 413 naming it; two that pass alone but exceed 20 MB together: 413', async () => {
    const before = await counts();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    const one = await submit((await formOf([{ bytes: big, name: 'ban-scan.pdf' }])).form);
    expect(one.status).toBe(413);
    expect(one.body.error?.issues?.[0]).toEqual({
      path: 'files.0',
      message: 'Tệp "ban-scan.pdf": Tệp quá lớn (tối đa 10 MB).',
    });
    const full = big.subarray(0, MAX_ATTACHMENT_BYTES);
    const pair = await submit(
      (
        await formOf([
          { bytes: full, name: 'a.pdf' },
          { bytes: full, name: 'b.pdf' },
          { bytes: PNG, name: 'c.png' },
        ])
      ).form,
    );
    expect(pair.status).toBe(413);
    expect(pair.body.error?.message).toMatch(/^Tổng dung lượng các tệp gửi kèm quá lớn \(tối đa 20 MB/);
    expect(await counts()).toEqual(before);
  });

  it('a body far over 20 MB is cut off by its length before it is read', async () => {
    const res = await h.request(h.a, '/v1/public/requests/multipart', {
      body: 'x',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(40 * 1024 * 1024),
      },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as Body).error?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a refused file leaves the proof-of-work unused: the corrected form goes through with it', async () => {
    const { form } = await formOf([{ bytes: SAMPLES.exe, name: 'don.pdf' }]);
    expect((await submit(form)).status).toBe(415);
    const again = new FormData();
    for (const [name, value] of form.entries()) if (name !== 'files') again.append(name, value);
    again.append('files', new File([PDF], 'don.pdf'));
    expect((await submit(again)).status).toBe(201);
    expect((await submit(again)).status).toBe(400);
  });
});

describe('a store that fails halfway (a full disk)', () => {
  let broken: Harness;
  beforeAll(async () => {
    let puts = 0;
    broken = await createHarness({
      wrapStore: (store) => ({
        ...store,
        put: async (key, bytes) => {
          puts += 1;
          if (puts === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          await store.put(key, bytes);
        },
      }),
    });
  });
  afterAll(() => broken.close());

  it('rolls the case back and removes the file already written', async () => {
    const t = await topicWithSla(sql, broken.a.id);
    const fields = requestBody(t.id, await solvedPow(broken, broken.a));
    const form = new FormData();
    for (const [name, value] of Object.entries(fields))
      form.append(name, name === 'consent' ? 'on' : String(value));
    form.append('files', new File([PNG], 'mot.png'));
    form.append('files', new File([PDF], 'hai.pdf'));
    const res = await broken.request(broken.a, '/v1/public/requests/multipart', { body: form });
    expect(res.status).toBe(500);
    expect(
      (await sql`select 1 from cases where tenant_id = ${broken.a.id} and content = ${fields.content}`)
        .length,
    ).toBe(0);
    const left = readdirSync(broken.attachmentsDir, { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    expect(left.map((e) => e.name)).toEqual([]);
  });
});

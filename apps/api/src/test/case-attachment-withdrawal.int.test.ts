import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseAttachmentItem, CaseStateView } from '@tongdai/contracts';
import { testDatabaseUrls } from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyProvince, type AgencyProvince } from './agency-fixtures.js';
import { SAMPLES } from './attachment-samples.js';
import { adminSql, signIn, type Body } from './case-fixtures.js';
import { createHarness, sessionCookie, type Harness } from './harness.js';

let h: Harness;
const sql = adminSql();
let p: AgencyProvince;
let kase: CaseStateView;

beforeAll(async () => {
  h = await createHarness();
  p = await agencyProvince(h, sql, h.a);
  kase = await p.escalated(p.agencyA, 'Phản ánh lấn chiếm vỉa hè, kèm ảnh hiện trường');
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

const REASON = 'Tải nhầm ảnh CCCD của một công dân khác';

async function upload(cookie: string, caseId: string, name = 'anh.png', bytes = SAMPLES.png) {
  const data = new FormData();
  data.append('file', new File([bytes], name));
  const res = await h.request(h.a, `/v1/cases/${caseId}/attachments`, { body: data, cookie });
  expect(res.status, `upload ${name}`).toBe(201);
  return ((await res.json()) as Body).attachment as CaseAttachmentItem;
}

async function withdraw(cookie: string, caseId: string, id: string, json: unknown = { reason: REASON }) {
  const res = await h.request(h.a, `/v1/cases/${caseId}/attachments/${id}/withdraw`, { json, cookie });
  return { status: res.status, body: (await res.json()) as Body };
}

async function list(cookie: string, caseId: string) {
  const res = await h.request(h.a, `/v1/cases/${caseId}/attachments`, { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as Body).attachments as CaseAttachmentItem[];
}

const storedPath = (item: CaseAttachmentItem) =>
  join(h.attachmentsDir, h.a.id, String(new Date(item.createdAt).getUTCFullYear()), item.id);

const rowOf = async (id: string) => {
  const [row] = await sql`select file_name, sha256, size_bytes, withdrawn_at, withdrawn_by, withdrawal_reason
    from case_attachments where tenant_id = ${h.a.id} and id = ${id}`;
  return row;
};

describe('the uploader withdraws a file within 24 hours', () => {
  let file: CaseAttachmentItem;
  let result: Awaited<ReturnType<typeof withdraw>>;

  beforeAll(async () => {
    file = await upload(p.operator.cookie, kase.id, 'CCCD nhầm.png');
    expect(file.canWithdraw).toBe(true);
    expect(existsSync(storedPath(file))).toBe(true);
    result = await withdraw(p.operator.cookie, kase.id, file.id, { reason: `  ${REASON}  ` });
  });

  it('answers 200 with the tombstone; the case keeps its status and version', () => {
    expect(result.status).toBe(200);
    expect(result.body.attachment).toMatchObject({
      id: file.id,
      fileName: 'CCCD nhầm.png',
      sizeBytes: SAMPLES.png.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      reason: REASON,
      withdrawnByName: expect.any(String),
    });
    const state = result.body.case as CaseStateView;
    expect({ status: state.status, version: state.version }).toEqual({
      status: kase.status,
      version: kase.version,
    });
  });

  it('deletes the file from disk and keeps the row with who, when and why', async () => {
    expect(existsSync(storedPath(file))).toBe(false);
    expect(await rowOf(file.id)).toMatchObject({
      file_name: 'CCCD nhầm.png',
      size_bytes: String(SAMPLES.png.length),
      withdrawn_at: expect.any(Date),
      withdrawn_by: p.operator.id,
      withdrawal_reason: REASON,
    });
  });

  it('answers 410 Gone to a download and leaves the file out of the list', async () => {
    const res = await h.request(h.a, `/v1/cases/${kase.id}/attachments/${file.id}`, {
      cookie: p.supervisor.cookie,
    });
    expect(res.status).toBe(410);
    expect(((await res.json()) as Body).error).toMatchObject({
      code: 'GONE',
      message: 'Tệp này đã được gỡ khỏi hồ sơ và xóa khỏi máy chủ, không còn tải về được.',
    });
    expect((await list(p.operator.cookie, kase.id)).map((a) => a.id)).not.toContain(file.id);
  });

  it('writes the audit entry and an internal timeline event with the name and the reason', async () => {
    const audit = await sql`select actor_user_id, details from audit_log
      where tenant_id = ${h.a.id} and action = 'attachment.withdraw' and target_id = ${file.id}`;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_user_id: p.operator.id,
      details: { caseId: kase.id, fileName: 'CCCD nhầm.png', reason: REASON },
    });
    const res = await h.request(h.a, `/v1/cases/${kase.id}/events`, { cookie: p.operator.cookie });
    const { events } = (await res.json()) as {
      events: { type: string; internal: boolean; data: Record<string, unknown> }[];
    };
    const withdrawn = events.filter((e) => e.type === 'attachment_withdrawn');
    expect(withdrawn).toEqual([
      expect.objectContaining({
        internal: true,
        data: { attachmentId: file.id, fileName: 'CCCD nhầm.png', reason: REASON },
      }),
    ]);
  });

  it('refuses to withdraw it twice: 409', async () => {
    const again = await withdraw(p.supervisor.cookie, kase.id, file.id);
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe('Tệp này đã được gỡ khỏi hồ sơ trước đó.');
  });
});

describe('the 10-file limit', () => {
  it('counts only files still on the case: an 11th upload fits after one of 10 is withdrawn', async () => {
    const full = await p.escalated(p.agencyA, 'Phản ánh kèm mười ảnh');
    const files: CaseAttachmentItem[] = [];
    for (let i = 1; i <= 10; i += 1) {
      files.push(await upload(p.operator.cookie, full.id, `anh-${i}.jpg`, SAMPLES.jpeg));
    }
    const data = new FormData();
    data.append('file', new File([SAMPLES.jpeg], 'anh-11.jpg'));
    const refused = await h.request(h.a, `/v1/cases/${full.id}/attachments`, {
      body: data,
      cookie: p.operator.cookie,
    });
    expect(refused.status).toBe(409);
    expect((await withdraw(p.operator.cookie, full.id, files[3]!.id)).status).toBe(200);
    await upload(p.operator.cookie, full.id, 'anh-11.jpg', SAMPLES.jpeg);
    const names = (await list(p.operator.cookie, full.id)).map((a) => a.fileName);
    expect(names).toHaveLength(10);
    expect(names).not.toContain('anh-4.jpg');
    expect(names).toContain('anh-11.jpg');
  });
});

describe('who may withdraw', () => {
  let file: CaseAttachmentItem;
  beforeAll(async () => {
    file = await upload(p.operator.cookie, kase.id, 'bien-ban.png');
  });

  it('tells each person in the list whether they may', async () => {
    const other = await signIn(h, h.a, 'operator');
    const canFor = async (cookie: string) =>
      (await list(cookie, kase.id)).find((a) => a.id === file.id)?.canWithdraw;
    expect(await canFor(p.operator.cookie)).toBe(true);
    expect(await canFor(other.cookie)).toBe(false);
    expect(await canFor(p.supervisor.cookie)).toBe(true);
    expect(await canFor(p.staffA.cookie)).toBe(false);
  });

  it('another operator: 403 with the reason, the file stays', async () => {
    const other = await signIn(h, h.a, 'operator');
    const res = await withdraw(other.cookie, kase.id, file.id);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Chỉ người đã tải tệp lên, hoặc giám sát viên, mới gỡ được tệp này.',
    });
    expect(existsSync(storedPath(file))).toBe(true);
  });

  it('agency B’s staff and another province: 404', async () => {
    expect((await withdraw(p.staffB.cookie, kase.id, file.id)).status).toBe(404);
    const other = await signIn(h, h.b, 'operator');
    const res = await h.request(h.b, `/v1/cases/${kase.id}/attachments/${file.id}/withdraw`, {
      json: { reason: REASON },
      cookie: other.cookie,
    });
    expect(res.status).toBe(404);
    expect((await rowOf(file.id))?.withdrawn_at).toBeNull();
  });

  it('an empty, too short, missing or too long reason: 400 on the field', async () => {
    for (const json of [{ reason: '' }, { reason: '  ab ' }, {}, { reason: 'x'.repeat(501) }]) {
      const res = await withdraw(p.operator.cookie, kase.id, file.id, json);
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.error?.issues?.[0]?.path).toBe('reason');
    }
    expect(existsSync(storedPath(file))).toBe(true);
  });

  it('agency staff: their own upload yes, an operator’s file no', async () => {
    const own = await upload(p.staffA.cookie, kase.id, 'cong-van.pdf', SAMPLES.pdf);
    expect(own).toMatchObject({ source: 'agency', canWithdraw: true });
    expect((await withdraw(p.staffA.cookie, kase.id, file.id)).status).toBe(403);
    expect((await withdraw(p.staffA.cookie, kase.id, own.id)).status).toBe(200);
    expect(existsSync(storedPath(own))).toBe(false);
  });

  it('on a closed case the uploader gets 409, a supervisor may still withdraw', async () => {
    const email = 'cong.dan.rut.tep@example.test';
    const escalated = await p.escalated(p.agencyA, 'Hỏi lịch tiêm chủng', { email }, 'email');
    const photo = await upload(p.operator.cookie, escalated.id, 'giay-to.png');
    const answered = await p.act(p.as.staffA, escalated, 'agency-answer', { text: 'Thứ Năm hằng tuần.' });
    const closed = await p.act(p.as.operator, await p.act(p.as.operator, answered, 'relay'), 'close');
    expect(closed.status).toBe('closed');
    const uploader = await withdraw(p.operator.cookie, closed.id, photo.id);
    expect(uploader.status).toBe(409);
    expect(uploader.body.error?.message).toBe('Hồ sơ đã đóng: chỉ giám sát viên mới gỡ được tệp đính kèm.');
    expect((await withdraw(p.supervisor.cookie, closed.id, photo.id)).status).toBe(200);
    expect(existsSync(storedPath(photo))).toBe(false);
  });

  it('a file the store cannot delete is still withdrawn: the row says so and downloads answer 410', async () => {
    const stuck = await upload(p.operator.cookie, kase.id, 'khong-xoa-duoc.png');
    // A folder where the file was: removing it fails the way a read-only or busy disk would.
    rmSync(storedPath(stuck));
    mkdirSync(join(storedPath(stuck), 'x'), { recursive: true });
    const res = await withdraw(p.operator.cookie, kase.id, stuck.id);
    expect(res.status).toBe(200);
    expect((await rowOf(stuck.id))?.withdrawal_reason).toBe(REASON);
    const got = await h.request(h.a, `/v1/cases/${kase.id}/attachments/${stuck.id}`, {
      cookie: p.operator.cookie,
    });
    expect(got.status).toBe(410);
    rmSync(storedPath(stuck), { recursive: true });
  });
});

describe('what the database lets the app role do', () => {
  it('mark the three withdrawal columns once, nothing else: no other column, no DELETE, no TRUNCATE', async () => {
    const file = await upload(p.operator.cookie, kase.id, 'quyen.png');
    const app = postgres(testDatabaseUrls().appUrl, { max: 1, onnotice: () => undefined });
    // Each attempt in its own rolled-back transaction, in the province's context as an operator.
    const attempt = (statement: (tx: postgres.TransactionSql) => Promise<unknown>) =>
      app
        .begin(async (tx) => {
          await tx`select set_config('app.tenant_id', ${h.a.id}, true), set_config('app.role', 'operator', true)`;
          const out = await statement(tx);
          throw Object.assign(new Error('rollback'), { out });
        })
        .catch((e: Error & { out?: unknown; code?: string }) => {
          if (e.message === 'rollback') return { ok: true, out: e.out };
          return { ok: false, code: e.code, message: e.message };
        });
    try {
      const marked = await attempt(
        (tx) => tx`update case_attachments set withdrawn_at = now(), withdrawn_by = ${p.operator.id},
          withdrawal_reason = 'thử quyền' where id = ${file.id} returning id`,
      );
      expect(marked).toMatchObject({ ok: true, out: [{ id: file.id }] });
      for (const denied of [
        (tx: postgres.TransactionSql) =>
          tx`update case_attachments set file_name = 'khac.png' where id = ${file.id}`,
        (tx: postgres.TransactionSql) =>
          tx`update case_attachments set sha256 = ${'0'.repeat(64)} where id = ${file.id}`,
        (tx: postgres.TransactionSql) => tx`delete from case_attachments where id = ${file.id}`,
        (tx: postgres.TransactionSql) => tx`truncate case_attachments`,
      ]) {
        expect(await attempt(denied)).toMatchObject({ ok: false, code: '42501' });
      }
      // A withdrawal always carries its reason.
      const bare = await attempt(
        (tx) => tx`update case_attachments set withdrawn_at = now() where id = ${file.id}`,
      );
      expect(bare).toMatchObject({ ok: false, code: '23514' });
      // Once withdrawn, the tombstone stays: it cannot be cleared nor its reason rewritten.
      for (const change of [
        'withdrawn_at = null, withdrawn_by = null, withdrawal_reason = null',
        "withdrawal_reason = 'khác'",
      ]) {
        const rewritten = await attempt(async (tx) => {
          await tx`update case_attachments set withdrawn_at = now(), withdrawn_by = ${p.operator.id},
            withdrawal_reason = 'thử quyền' where id = ${file.id}`;
          return tx.unsafe(`update case_attachments set ${change} where id = $1`, [file.id]);
        });
        expect(rewritten, change).toMatchObject({ ok: false, code: '23514' });
      }
    } finally {
      await app.end();
    }
    expect(await rowOf(file.id)).toMatchObject({ file_name: 'quyen.png', withdrawn_at: null });
  });
});

// Last: it moves the harness clock by a day, which ends every session opened so far.
describe('after 24 hours', () => {
  it('the uploader is refused with 403, a supervisor may still withdraw', async () => {
    const file = await upload(p.operator.cookie, kase.id, 'hom-qua.png');
    h.advanceClock(24 * 3_600_000 + 60_000);
    const again = async (who: { email: string; password: string }) => {
      const res = await h.request(h.a, '/v1/auth/login', {
        json: { email: who.email, password: who.password },
      });
      return sessionCookie(res);
    };
    const operator = await again(p.operator);
    expect((await list(operator, kase.id)).find((a) => a.id === file.id)?.canWithdraw).toBe(false);
    const late = await withdraw(operator, kase.id, file.id);
    expect(late.status).toBe(403);
    expect(late.body.error?.message).toBe(
      'Đã quá 24 giờ kể từ khi tải tệp lên: hãy đề nghị giám sát viên gỡ tệp này.',
    );
    expect(existsSync(storedPath(file))).toBe(true);
    const supervisor = await again(p.supervisor);
    const res = await withdraw(supervisor, kase.id, file.id, { reason: 'Công dân yêu cầu xóa ảnh giấy tờ' });
    expect(res.status).toBe(200);
    expect(existsSync(storedPath(file))).toBe(false);
    expect((await rowOf(file.id))?.withdrawn_by).toBe(p.supervisor.id);
  });
});

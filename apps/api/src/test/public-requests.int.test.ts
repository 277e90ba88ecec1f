import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSql, caller, newKey, provinceIds, signIn, type Body } from './case-fixtures.js';
import { createHarness, type Harness } from './harness.js';
import { requestBody, solvedPow, topicWithSla } from './portal-fixtures.js';

let h: Harness;
const sql = adminSql();
let topic: { id: string; code: string; name: string };

beforeAll(async () => {
  h = await createHarness();
  topic = await topicWithSla(sql, h.a.id);
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

const submit = async (json: unknown, ip?: string) => {
  const res = await h.request(h.a, '/v1/public/requests', { json, ...(ip ? { ip } : {}) });
  return { status: res.status, body: (await res.json()) as Body };
};
const casesWith = async (content: string) =>
  (await sql`select count(*)::int as n from cases where tenant_id = ${h.a.id} and content = ${content}`)[0]!
    .n as number;
const issue = (body: Body, path: string) => body.error?.issues?.find((i) => i.path === path)?.message;

describe('POST /v1/public/requests (the portal form)', () => {
  it('creates a portal case through the intake, classified under the chosen topic, with consent logged', async () => {
    const json = requestBody(topic.id, await solvedPow(h, h.a));
    const res = await submit(json);
    expect(res.status).toBe(201);
    const { code, statusToken } = res.body as { code: string; statusToken: string };
    expect(code).toMatch(/^[A-Z]{2,4}-\d{4}-\d{6}$/);
    expect(statusToken).toMatch(/^[\w-]{22}\.[\w-]{22}$/);
    const [row] = await sql`
      select channel, status, topic_id, commune, citizen_phone, citizen_name, operator_id, due_at
      from cases where tenant_id = ${h.a.id} and code = ${code}`;
    expect(row).toMatchObject({
      channel: 'portal',
      status: 'classified',
      topic_id: topic.id,
      commune: 'Phường Điện Biên',
      citizen_phone: '+84913680916',
      citizen_name: 'Nguyễn Thị Hoa',
      operator_id: null,
    });
    expect(row!.due_at).not.toBeNull();
    const events = await sql`
      select e.type, e.actor_user_id from case_events e join cases c on c.id = e.case_id
      where c.code = ${code} and c.tenant_id = ${h.a.id} order by e.id`;
    expect(events.map((e) => e.type)).toEqual(['received', 'classified']);
    expect(events.every((e) => e.actor_user_id === null)).toBe(true);
    const [consent] = await sql`
      select details from audit_log where tenant_id = ${h.a.id} and action = 'personal_data.consent'
      and details->>'code' = ${code}`;
    expect(consent?.details).toMatchObject({ channel: 'portal', notice: expect.any(String) });
  });

  it('accepts an e-mail instead of a phone, and refuses neither with a Vietnamese message', async () => {
    const withEmail = await submit(
      requestBody(topic.id, await solvedPow(h, h.a), { phone: '', email: 'Hoa.Nguyen@Example.VN' }),
    );
    expect(withEmail.status).toBe(201);
    const json = requestBody(topic.id, await solvedPow(h, h.a), { phone: '', email: '' });
    const none = await submit(json);
    expect(none.status).toBe(400);
    expect(issue(none.body, 'phone')).toBe(
      'Vui lòng nhập số điện thoại hoặc e-mail để tổng đài có thể trả lời bạn.',
    );
    expect(await casesWith(json.content)).toBe(0);
  });

  it('refuses a request without consent: 400 with the message on the consent field, no case', async () => {
    const json = requestBody(topic.id, await solvedPow(h, h.a), { consent: undefined });
    const res = await submit(json);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('VALIDATION_FAILED');
    expect(issue(res.body, 'consent')).toMatch(/^Vui lòng đánh dấu đồng ý cho phép xử lý dữ liệu cá nhân/);
    expect((await submit({ ...json, consent: false })).status).toBe(400);
    expect(await casesWith(json.content)).toBe(0);
  });

  it('rejects a filled honeypot without creating anything, even with a valid proof-of-work', async () => {
    const json = requestBody(topic.id, await solvedPow(h, h.a), { website: 'http://spam.example' });
    const res = await submit(json);
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/không được tiếp nhận/);
    expect(await casesWith(json.content)).toBe(0);
  });

  it('refuses a missing, forged, tampered or foreign proof-of-work', async () => {
    const missing = await submit(requestBody(topic.id, ''));
    expect(missing.status).toBe(400);
    expect(issue(missing.body, 'altcha')).toMatch(/xác minh chống thư rác/);

    const good = JSON.parse(Buffer.from(await solvedPow(h, h.a), 'base64').toString()) as {
      challenge: { parameters: Record<string, unknown>; signature: string };
      solution: { counter: number; derivedKey: string };
    };
    const encode = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64');
    const wrongKey = { ...good, solution: { ...good.solution, derivedKey: '00'.repeat(32) } };
    const easier = {
      ...good,
      challenge: { ...good.challenge, parameters: { ...good.challenge.parameters, cost: 1 } },
    };
    for (const altcha of ['bm90IGpzb24=', encode({ challenge: {} }), encode(wrongKey), encode(easier)]) {
      const json = requestBody(topic.id, altcha);
      const res = await submit(json);
      expect(res.status, altcha).toBe(400);
      expect(issue(res.body, 'altcha')).toMatch(/không thành công hoặc đã hết hạn/);
      expect(await casesWith(json.content)).toBe(0);
    }
    const foreign = requestBody(topic.id, await solvedPow(h, h.b));
    expect((await submit(foreign)).status).toBe(400);
    expect(await casesWith(foreign.content)).toBe(0);
  });

  it('refuses a replayed proof-of-work, with the same body or another: one case only', async () => {
    const altcha = await solvedPow(h, h.a);
    const first = requestBody(topic.id, altcha);
    expect((await submit(first)).status).toBe(201);
    const same = await submit(first);
    expect(same.status).toBe(400);
    expect(issue(same.body, 'altcha')).toMatch(/đã được dùng/);
    const other = requestBody(topic.id, altcha);
    expect((await submit(other)).status).toBe(400);
    expect(await casesWith(first.content)).toBe(1);
    expect(await casesWith(other.content)).toBe(0);
  });

  it('is rate limited per address: the 11th request in an hour is refused', async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) expect((await submit({}, ip)).status).toBe(400);
    const blocked = await submit({}, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error?.code).toBe('RATE_LIMITED');
  });

  it('treats a signed-in staff member as a citizen (their role does not apply)', async () => {
    const ids = await provinceIds(sql, h.a.id);
    const staff = await signIn(h, h.a, 'agency_staff', ids.agencies[0]!.id);
    const json = requestBody(topic.id, await solvedPow(h, h.a));
    const res = await h.request(h.a, '/v1/public/requests', { json, cookie: staff.cookie });
    expect(res.status).toBe(201);
    expect(await casesWith(json.content)).toBe(1);
  });
});

describe('the public status page', () => {
  let code = '';
  let token = '';
  let op: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    const res = await submit(requestBody(topic.id, await solvedPow(h, h.a), { phone: '0912 345 678' }));
    ({ code, statusToken: token } = res.body as { code: string; statusToken: string });
    op = await signIn(h, h.a, 'operator');
  });

  const lookup = async (json: unknown, ip?: string) => {
    const res = await h.request(h.a, '/v1/public/status', { json, ...(ip ? { ip } : {}) });
    return { status: res.status, body: (await res.json()) as Body };
  };

  it('finds the case by code and phone (any spelling of either), received and classified', async () => {
    const res = await lookup({ code: code.toLowerCase(), contact: '+84 912 345 678' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code,
      status: 'received',
      topicName: topic.name,
      answer: null,
      statusToken: token,
    });
    const timeline = res.body.timeline as { kind: string; topicName?: string }[];
    expect(timeline.map((e) => e.kind)).toEqual(['received', 'classified']);
    expect(timeline[1]?.topicName).toBe(topic.name);
  });

  it('answers a wrong phone, an unknown code and another province the same neutral 404', async () => {
    const wrongPhone = await lookup({ code, contact: '0912 345 679' });
    const unknownCode = await lookup({ code: 'TH-2020-999999', contact: '0912 345 678' });
    const otherProvince = await h.request(h.b, '/v1/public/status', {
      json: { code, contact: '0912345678' },
    });
    expect(wrongPhone.status).toBe(404);
    expect(unknownCode.status).toBe(404);
    expect(otherProvince.status).toBe(404);
    const message = wrongPhone.body.error?.message;
    expect(message).toMatch(/^Không tìm thấy hồ sơ/);
    expect(unknownCode.body.error?.message).toBe(message);
    expect(((await otherProvince.json()) as Body).error?.message).toBe(message);
  });

  it('shows the public timeline only: no notes, transfers, operator names or contact details', async () => {
    const [row] = await sql`select id, version from cases where tenant_id = ${h.a.id} and code = ${code}`;
    const call = caller(h, h.a, op.cookie);
    const ids = await provinceIds(sql, h.a.id);
    const agency = ids.agencies.find((a) => a.hotlines.length > 0)!;
    await call(`/v1/cases/${row!.id}/notes`, { json: { text: 'Ghi chú nội bộ: người gọi hay gọi lại' } });
    const moved = await call(`/v1/cases/${row!.id}/transfers`, {
      json: {
        version: row!.version,
        agencyId: agency.id,
        hotlineId: agency.hotlines[0]!.id,
        outcome: 'busy',
      },
    });
    expect(moved.status).toBe(201);
    const res = await lookup({ code, contact: '0912345678' });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/Ghi chú nội bộ|transfer|\+8491|0912|Nguyễn Thị Hoa|Phường Điện Biên/);
    const [operator] = await sql`select name from users where id = ${op.id}`;
    expect(text).not.toContain(operator!.name as string);
    expect((res.body.timeline as { kind: string }[]).map((e) => e.kind)).toEqual(['received', 'classified']);
  });

  it('shows the answer once the agency has answered, by the signed link as well', async () => {
    const [row] = await sql`select id, version from cases where tenant_id = ${h.a.id} and code = ${code}`;
    const call = caller(h, h.a, op.cookie);
    const ids = await provinceIds(sql, h.a.id);
    const escalated = await call(`/v1/cases/${row!.id}/escalate`, {
      json: { version: row!.version, agencyId: ids.agencies[0]!.id, note: 'Nhờ trả lời gấp' },
    });
    expect(escalated.status).toBe(200);
    const answered = await call(`/v1/cases/${row!.id}/agency-answer`, {
      json: {
        version: (escalated.body.case as { version: number }).version,
        text: 'Trạm y tế tiêm vào sáng thứ Bảy.',
      },
    });
    expect(answered.status).toBe(200);
    const res = await h.request(h.a, `/v1/public/status/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Body;
    expect(body).toMatchObject({
      status: 'answered',
      answer: {
        source: 'agency',
        text: 'Trạm y tế tiêm vào sáng thứ Bảy.',
        agencyName: ids.agencies[0] ? expect.any(String) : null,
      },
    });
    expect((body.timeline as { kind: string }[]).map((e) => e.kind)).toEqual([
      'received',
      'classified',
      'escalated',
      'answered',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Nhờ trả lời gấp|letterNumber/);
  });

  it('refuses a tampered link, and a link of one province on another, with 404', async () => {
    const [id, mac] = token.split('.') as [string, string];
    // One character of the signature changed (never to itself).
    const tampered = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [`${id}.${tampered}`, `${id}`, 'x', `${newKey()}.${mac}`]) {
      expect((await h.request(h.a, `/v1/public/status/${bad}`)).status, bad).toBe(404);
    }
    expect((await h.request(h.b, `/v1/public/status/${token}`)).status).toBe(404);
  });

  it('limits lookups per address against enumeration: the 21st in 15 minutes is refused', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 20; i++)
      expect((await lookup({ code, contact: `09123456${10 + i}` }, ip)).status).toBe(404);
    const blocked = await lookup({ code, contact: '0912345678' }, ip);
    expect(blocked.status).toBe(429);
  });
});

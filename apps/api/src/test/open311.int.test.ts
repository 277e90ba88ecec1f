import {
  Open311CreatedRequest,
  Open311Discovery,
  Open311Errors,
  Open311ServiceDefinition,
  Open311ServiceRequests,
  Open311Services,
  Open311TokenResults,
} from '@tongdai/contracts';
import { createMember, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import { XMLParser } from 'fast-xml-parser';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSql, signIn } from './case-fixtures.js';
import { BASE_DOMAIN, createHarness, sessionCookie, WEB_PORT, type Harness } from './harness.js';
import { topicWithSla } from './portal-fixtures.js';

const { adminUrl } = testDatabaseUrls();
let h: Harness;
const sql = adminSql();
let adminCookie: string;
let apiKey: string;
let topic: { id: string; code: string; name: string };
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) =>
    ['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format'].includes(name),
});

async function adminSession(p: TestProvince) {
  const admin = await createMember(adminUrl, p.id, { role: 'tenant_admin', totp: true });
  const cookie = sessionCookie(
    await h.request(p, '/v1/auth/login', { json: { email: admin.email, password: admin.password } }),
  );
  expect((await h.passSecondFactor(p, admin.totpKey!, cookie)).status).toBe(200);
  return cookie;
}

const host = (p: TestProvince | string) =>
  typeof p === 'string' ? p : `${p.slug}.${BASE_DOMAIN}:${WEB_PORT}`;
const get = (p: TestProvince | string, path: string, headers: Record<string, string> = {}, on: Harness = h) =>
  on.app.request(`/open311/v2${path}`, {
    headers: { host: host(p), 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.1`, ...headers },
  });
const post = (
  p: TestProvince,
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
) =>
  h.app.request(`/open311/v2${path}`, {
    method: 'POST',
    headers: {
      host: host(p),
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      ...headers,
    },
    body: new URLSearchParams(form).toString(),
  });
const json = async <T>(res: Response, schema: v.GenericSchema<unknown, T>) =>
  v.parse(schema, await res.json());

const citizen = {
  first_name: 'An',
  last_name: 'Nguyễn Văn',
  phone: '0913 680 916',
  email: 'an.nguyen@example.vn',
  address_string: 'Số 12 ngõ 5 Lê Lợi',
};
let n = 0;
const requestForm = (extra: Record<string, string> = {}) => ({
  api_key: apiKey,
  service_code: topic.code,
  description: `Ổ gà lớn trên đường trước trạm y tế, báo lần ${(n += 1)} ${Date.now()}`,
  'attribute[commune]': 'Phường Ba Đình',
  ...extra,
});

beforeAll(async () => {
  h = await createHarness();
  topic = await topicWithSla(sql, h.a.id);
  adminCookie = await adminSession(h.a);
  const issued = await h.request(h.a, '/v1/open311-keys', {
    json: { name: 'Ứng dụng Phản ánh hiện trường' },
    cookie: adminCookie,
  });
  expect(issued.status).toBe(201);
  apiKey = ((await issued.json()) as { secret: string }).secret;
});
afterAll(async () => {
  await sql.end();
  await h.close();
});

describe('Open311 keys (/v1/open311-keys)', () => {
  it('shows a key once; lists only its prefix; the database keeps only a hash', async () => {
    expect(apiKey).toMatch(/^o311_[\w-]{43}$/);
    const list = await h.request(h.a, '/v1/open311-keys', { cookie: adminCookie });
    const { keys } = (await list.json()) as {
      keys: { name: string; prefix: string; revokedAt: string | null }[];
    };
    expect(keys[0]).toMatchObject({
      name: 'Ứng dụng Phản ánh hiện trường',
      prefix: apiKey.slice(0, 12),
      revokedAt: null,
    });
    expect(JSON.stringify(keys)).not.toContain(apiKey);
    const rows =
      await sql`select key_hash from open311_api_keys where tenant_id = ${h.a.id} and prefix = ${apiKey.slice(0, 12)}`;
    expect(rows[0]?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    const [audit] =
      await sql`select count(*)::int as n from audit_log where tenant_id = ${h.a.id} and action = 'open311.key_issued'`;
    expect(audit?.n).toBeGreaterThan(0);
  });

  it('is for the province admin only; another province sees none of its keys', async () => {
    const op = await signIn(h, h.a, 'operator');
    expect((await h.request(h.a, '/v1/open311-keys', { cookie: op.cookie })).status).toBe(403);
    expect(
      (await h.request(h.a, '/v1/open311-keys', { json: { name: 'x' }, cookie: op.cookie })).status,
    ).toBe(403);
    expect((await h.request(h.a, '/v1/open311-keys')).status).toBe(401);
    const otherAdmin = await adminSession(h.b);
    const other = (await (await h.request(h.b, '/v1/open311-keys', { cookie: otherAdmin })).json()) as {
      keys: { prefix: string }[];
    };
    expect(other.keys.map((k) => k.prefix)).not.toContain(apiKey.slice(0, 12));
    // A key of province A is not a key on province B.
    const res = await post(h.b, '/requests.json', { ...requestForm(), service_code: 'T01' });
    expect(res.status).toBe(403);
  });

  it('a revoked key is refused at once', async () => {
    const issued = await h.request(h.a, '/v1/open311-keys', {
      json: { name: 'Thu hồi ngay' },
      cookie: adminCookie,
    });
    const { key, secret } = (await issued.json()) as { key: { id: string }; secret: string };
    expect((await post(h.a, '/requests.json', requestForm({ api_key: secret }))).status).toBe(201);
    const revoked = await h.request(h.a, `/v1/open311-keys/${key.id}/revoke`, {
      method: 'POST',
      cookie: adminCookie,
    });
    expect(revoked.status).toBe(200);
    const res = await post(h.a, '/requests.json', requestForm({ api_key: secret }));
    expect(res.status).toBe(403);
    const errors = await json(res, Open311Errors);
    expect(errors[0]).toMatchObject({ code: 403 });
  });
});

describe('Open311 discovery and services', () => {
  it('discovery.json and discovery.xml follow the spec', async () => {
    const discovery = await json(await get(h.a, '/discovery.json'), Open311Discovery);
    expect(discovery.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `http://${host(h.a)}/open311/v2`,
      formats: ['text/xml', 'application/json'],
    });
    const res = await get(h.a, '/discovery.xml');
    expect(res.headers.get('content-type')).toMatch(/^text\/xml; charset=utf-8/);
    const text = await res.text();
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const doc = xml.parse(text);
    expect(doc.discovery.endpoints.endpoint[0].formats.format).toEqual(['text/xml', 'application/json']);
    expect(doc.discovery.changeset).toBe(discovery.changeset);
  });

  it('the endpoint url is https only when a trusted proxy says so', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const behindProxy = await json(await get(h.a, '/discovery.json', https), Open311Discovery);
    expect(behindProxy.endpoints[0]?.url).toBe(`https://${host(h.a)}/open311/v2`);

    const direct = await createHarness({ trustProxy: false });
    try {
      const discovery = await json(await get(direct.a, '/discovery.json', https, direct), Open311Discovery);
      expect(discovery.endpoints[0]?.url).toBe(`http://${host(direct.a)}/open311/v2`);
      const doc = xml.parse(await (await get(direct.a, '/discovery.xml', https, direct)).text());
      expect(doc.discovery.endpoints.endpoint[0].url).toBe(`http://${host(direct.a)}/open311/v2`);
    } finally {
      await direct.close();
    }
  });

  it('services list the province topics, in JSON and in XML', async () => {
    const services = await json(await get(h.a, '/services.json'), Open311Services);
    const topics =
      await sql`select code, name from topics where tenant_id = ${h.a.id} order by position, code`;
    expect(services.map((s) => s.service_code)).toEqual(topics.map((t) => t.code));
    expect(services[0]).toMatchObject({ service_name: topics[0]!.name, metadata: true, type: 'realtime' });
    const doc = xml.parse(await (await get(h.a, '/services.xml')).text());
    expect(doc.services.service).toHaveLength(services.length);
    expect(doc.services.service[0].service_code).toBe(services[0]!.service_code);
    expect(doc.services.service[0].metadata).toBe('true');
  });

  it('services/{code} defines the attributes; an unknown code is the spec error in either format', async () => {
    const def = await json(await get(h.a, `/services/${topic.code}.json`), Open311ServiceDefinition);
    expect(def.service_code).toBe(topic.code);
    expect(def.attributes.map((a) => a.code)).toEqual(['commune', 'consent']);
    const doc = xml.parse(await (await get(h.a, `/services/${topic.code}.xml`)).text());
    expect(doc.service_definition.attributes.attribute[1].values.value[0]).toEqual({
      key: 'yes',
      name: 'Đồng ý',
    });

    const missing = await get(h.a, '/services/KHONGCO.json');
    expect(missing.status).toBe(404);
    expect(await json(missing, Open311Errors)).toEqual([
      { code: 404, description: expect.stringMatching(/KHONGCO/) },
    ]);
    const missingXml = await get(h.a, '/services/KHONGCO.xml');
    expect(missingXml.status).toBe(404);
    expect(xml.parse(await missingXml.text()).errors.error[0].code).toBe('404');
  });

  it('refuses another jurisdiction_id and an unknown province with the spec error', async () => {
    const res = await get(h.a, '/services.json?jurisdiction_id=hanoi');
    expect(res.status).toBe(404);
    expect((await json(res, Open311Errors))[0]?.code).toBe(404);
    expect((await get(h.a, `/services.json?jurisdiction_id=${h.a.slug}`)).status).toBe(200);
    const nowhere = await get(`nowhere.${BASE_DOMAIN}:${WEB_PORT}`, '/services.xml');
    expect(nowhere.status).toBe(404);
    expect(xml.parse(await nowhere.text()).errors.error[0].code).toBe('404');
  });
});

describe('POST requests', () => {
  it('needs an api_key: none or a wrong one is 403 in the spec format', async () => {
    const { api_key: _drop, ...form } = requestForm();
    const none = await post(h.a, '/requests.json', form);
    expect(none.status).toBe(403);
    expect(await json(none, Open311Errors)).toEqual([
      { code: 403, description: expect.stringMatching(/api_key/) },
    ]);
    const wrong = await post(h.a, '/requests.xml', { ...form, api_key: 'o311_khong-dung' });
    expect(wrong.status).toBe(403);
    expect(xml.parse(await wrong.text()).errors.error[0]).toMatchObject({ code: '403' });
  });

  it('a bad service_code is 404 and a missing one 400, as the spec says', async () => {
    const bad = await post(h.a, '/requests.json', requestForm({ service_code: 'KHONGCO' }));
    expect(bad.status).toBe(404);
    expect(await json(bad, Open311Errors)).toEqual([
      { code: 404, description: expect.stringMatching(/KHONGCO/) },
    ]);
    const missing = await post(h.a, '/requests.json', requestForm({ service_code: '' }));
    expect(missing.status).toBe(400);
    expect((await json(missing, Open311Errors))[0]?.description).toMatch(/service_code là bắt buộc/);
  });

  it('personal data needs attribute[consent]=yes', async () => {
    const form = requestForm(citizen);
    const refused = await post(h.a, '/requests.json', form);
    expect(refused.status).toBe(400);
    expect((await json(refused, Open311Errors))[0]?.description).toMatch(/Nghị định 13\/2023/);
    const [row] =
      await sql`select count(*)::int as n from cases where tenant_id = ${h.a.id} and content = ${form.description}`;
    expect(row?.n).toBe(0);
  });

  it('creates a portal case through the intake; a retry with the same Idempotency-Key returns it', async () => {
    const form = requestForm({ ...citizen, 'attribute[consent]': 'yes' });
    const headers = { 'idempotency-key': `client-${Date.now()}-abc` };
    const res = await post(h.a, '/requests.json', form, headers);
    expect(res.status).toBe(201);
    const [created] = await json(res, v.array(Open311CreatedRequest));
    expect(created).toMatchObject({
      service_request_id: expect.stringMatching(/^[A-Z]{2,4}-\d{4}-\d{6}$/),
      account_id: null,
    });
    const again = await json(
      await post(h.a, '/requests.json', form, headers),
      v.array(Open311CreatedRequest),
    );
    expect(again[0]).toEqual(created);
    const rows = await sql`
      select channel, status, topic_id, content, citizen_name, citizen_phone, citizen_email, citizen_address, commune
      from cases where tenant_id = ${h.a.id} and content = ${form.description}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: 'portal',
      status: 'classified',
      topic_id: topic.id,
      citizen_name: 'Nguyễn Văn An',
      citizen_phone: '+84913680916',
      citizen_email: 'an.nguyen@example.vn',
      citizen_address: 'Số 12 ngõ 5 Lê Lợi',
      commune: 'Phường Ba Đình',
    });
    const token = await json(await get(h.a, `/tokens/${created!.token}.json`), Open311TokenResults);
    expect(token).toEqual([{ service_request_id: created!.service_request_id, token: created!.token }]);
    const tokenXml = xml.parse(await (await get(h.a, `/tokens/${created!.token}.xml`)).text());
    expect(tokenXml.service_requests.request[0].service_request_id).toBe(created!.service_request_id);
    expect((await get(h.a, '/tokens/00000000-0000-4000-8000-000000000000.json')).status).toBe(404);
    expect((await get(h.b, `/tokens/${created!.token}.json`)).status).toBe(404);
  });

  it('answers in XML when asked', async () => {
    const res = await post(h.a, '/requests.xml', requestForm());
    expect(res.status).toBe(201);
    const doc = xml.parse(await res.text());
    expect(doc.service_requests.request[0].service_request_id).toMatch(/^[A-Z]{2,4}-\d{4}-\d{6}$/);
    expect(doc.service_requests.request[0].token).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET requests', () => {
  let code = '';
  const form = () => requestForm({ ...citizen, 'attribute[consent]': 'yes' });

  beforeAll(async () => {
    const res = await post(h.a, '/requests.json', form());
    code = (await json(res, v.array(Open311CreatedRequest)))[0]!.service_request_id;
  });

  it('lists requests of the last 90 days with the spec fields and no personal data', async () => {
    const res = await get(h.a, '/requests.json');
    const list = await json(res, Open311ServiceRequests);
    const mine = list.find((r) => r.service_request_id === code);
    expect(mine).toMatchObject({
      status: 'open',
      service_code: topic.code,
      service_name: topic.name,
      address: 'Phường Ba Đình',
      description: null,
    });
    const text = JSON.stringify(list);
    for (const secret of ['Nguyễn Văn', '913680916', '0913', 'example.vn', 'Lê Lợi', 'Ổ gà']) {
      expect(text).not.toContain(secret);
    }
    const doc = xml.parse(await (await get(h.a, '/requests.xml')).text());
    const fromXml = doc.service_requests.request.find(
      (r: { service_request_id: string }) => r.service_request_id === code,
    );
    expect(fromXml).toMatchObject({ status: 'open', service_code: topic.code });
    expect(JSON.stringify(doc)).not.toContain('913680916');
  });

  it('filters by service_request_id, service_code, status and dates; refuses more than 90 days', async () => {
    const byId = await json(
      await get(h.a, `/requests.json?service_request_id=${code},XX-2020-000001`),
      Open311ServiceRequests,
    );
    expect(byId.map((r) => r.service_request_id)).toEqual([code]);
    const otherCode =
      await sql`select code from topics where tenant_id = ${h.a.id} and code <> ${topic.code} limit 1`;
    const byService = await json(
      await get(h.a, `/requests.json?service_code=${otherCode[0]!.code}`),
      Open311ServiceRequests,
    );
    expect(byService.find((r) => r.service_request_id === code)).toBeUndefined();
    const closed = await json(await get(h.a, '/requests.json?status=closed'), Open311ServiceRequests);
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
    expect(closed.find((r) => r.service_request_id === code)).toBeUndefined();
    const open = await json(
      await get(h.a, `/requests.json?status=open&service_code=${topic.code}`),
      Open311ServiceRequests,
    );
    expect(open.find((r) => r.service_request_id === code)).toBeDefined();
    const old = await json(
      await get(h.a, '/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00Z'),
      Open311ServiceRequests,
    );
    expect(old).toEqual([]);
    const tooLong = await get(
      h.a,
      '/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
    );
    expect(tooLong.status).toBe(400);
    expect((await json(tooLong, Open311Errors))[0]?.description).toMatch(/90 ngày/);
    const badStatus = await get(h.a, '/requests.json?status=pending');
    expect(badStatus.status).toBe(400);
  });

  it('requests/{id} shows one request; another province id is 404', async () => {
    const one = await json(await get(h.a, `/requests/${code}.json`), Open311ServiceRequests);
    expect(one).toHaveLength(1);
    expect(one[0]!.service_request_id).toBe(code);
    const doc = xml.parse(await (await get(h.a, `/requests/${code.toLowerCase()}.xml`)).text());
    expect(doc.service_requests.request[0].service_request_id).toBe(code);
    const elsewhere = await get(h.b, `/requests/${code}.json`);
    expect(elsewhere.status).toBe(404);
    expect(await json(elsewhere, Open311Errors)).toEqual([{ code: 404, description: expect.any(String) }]);
  });
});

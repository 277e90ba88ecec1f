import { createProvince, testDatabaseUrls } from '@tongdai/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('tenant resolution from the Host header', () => {
  it('serves each province its own profile', async () => {
    const resA = await h.asTenant(h.a, '/v1/tenant');
    const resB = await h.asTenant(h.b, '/v1/tenant');
    expect(resA.status).toBe(200);
    const bodyA = (await resA.json()) as { tenant: { slug: string; name: string } };
    const bodyB = (await resB.json()) as { tenant: { slug: string; name: string } };
    expect(bodyA.tenant).toMatchObject({ slug: h.a.slug, name: h.a.name });
    expect(bodyB.tenant).toMatchObject({ slug: h.b.slug, name: h.b.name });
  });

  it('uses X-Forwarded-Host from the web server in front of the API', async () => {
    const res = await h.app.request('/v1/tenant', {
      headers: { host: '127.0.0.1:8787', 'x-forwarded-host': `${h.a.slug}.localhost:5173` },
    });
    expect(((await res.json()) as { tenant: { slug: string } }).tenant.slug).toBe(h.a.slug);
  });

  it('answers an unknown subdomain with 404 TENANT_NOT_FOUND and a readable message', async () => {
    const res = await h.request('nowhere.localhost', '/v1/tenant');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe('TENANT_NOT_FOUND');
    expect(body.error.message).toMatch(/Không tìm thấy/);
    expect(body.error.requestId).toBeTruthy();
  });

  it('hides suspended provinces behind the same 404', async () => {
    const suspended = await createProvince(testDatabaseUrls().adminUrl, { status: 'suspended' });
    const res = await h.asTenant(suspended, '/v1/faq');
    expect(res.status).toBe(404);
  });

  it('gives no tenant data on the bare domain, national. or a foreign domain', async () => {
    for (const host of ['localhost', 'national.localhost', `${h.a.slug}.evil.example`]) {
      const res = await h.request(host, '/v1/agencies');
      expect({ host, status: res.status }).toEqual({ host, status: 404 });
    }
  });

  it('lists active provinces only on the bare domain', async () => {
    const res = await h.request('localhost:5173', '/v1/platform/tenants');
    const body = (await res.json()) as { tenants: { slug: string }[] };
    expect(body.tenants.map((t) => t.slug)).toEqual(expect.arrayContaining([h.a.slug, h.b.slug]));
    expect((await h.asTenant(h.a, '/v1/platform/tenants')).status).toBe(404);
  });
});

describe('another province’s ids', () => {
  it('are 404 on this province’s subdomain, for every resource with an id', async () => {
    const agenciesB = (await (await h.asTenant(h.b, '/v1/agencies')).json()) as {
      agencies: { id: string }[];
    };
    const faqB = (await (await h.asTenant(h.b, '/v1/faq')).json()) as { entries: { id: string }[] };
    const cases = [
      { path: `/v1/agencies/${agenciesB.agencies[0]?.id}` },
      { path: `/v1/faq/${faqB.entries[0]?.id}` },
    ];
    for (const { path } of cases) {
      expect((await h.asTenant(h.b, path)).status, `own ${path}`).toBe(200);
      const foreign = await h.asTenant(h.a, path);
      expect(foreign.status, `foreign ${path}`).toBe(404);
      expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
  });

  it('never appear in this province’s lists', async () => {
    const idsOf = async (slugHost: Parameters<Harness['asTenant']>[0]) => {
      const body = (await (await h.asTenant(slugHost, '/v1/agencies')).json()) as {
        agencies: { id: string }[];
      };
      return new Set(body.agencies.map((x) => x.id));
    };
    const [ofA, ofB] = await Promise.all([idsOf(h.a), idsOf(h.b)]);
    expect(ofA.size).toBeGreaterThan(0);
    expect([...ofA].filter((id) => ofB.has(id))).toEqual([]);
  });
});

describe('bad input', () => {
  it('a malformed id is a 400 with the field issue, not a 500', async () => {
    const res = await h.asTenant(h.a, '/v1/agencies/not-a-uuid');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues[0]?.path).toBe('id');
  });

  it('an out-of-range query parameter is a 400', async () => {
    const res = await h.asTenant(h.a, '/v1/faq?limit=5000');
    expect(res.status).toBe(400);
  });

  it('an unknown path is a 404 in the error model', async () => {
    const res = await h.asTenant(h.a, '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});

describe('health', () => {
  it('reports the database reachable and migrations current', async () => {
    const res = await h.request('localhost', '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: true,
      migrations: { current: true },
    });
  });

  it('sets a request id and security headers', async () => {
    const res = await h.request('localhost', '/health');
    expect(res.headers.get('x-request-id')).toMatch(/.{8,}/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../app.js';
import { CASE_OPERATIONS } from '../openapi/cases-docs.js';
import { createHarness, type Harness } from './harness.js';

type Operation = {
  tags?: string[];
  summary?: string;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  parameters?: { in: string; name: string }[];
  responses: Record<string, unknown>;
};
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

let h: Harness;
let doc: Doc;

beforeAll(async () => {
  h = await createHarness();
  const res = await h.app.request('/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
});
afterAll(() => h.close());

const toOpenApiPath = (path: string) =>
  path.replace(/:(\w+)(\{[^}]*\})?/g, (_m, name: string) => `{${name}}`);

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document (checked against the official schema)', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route from its own validators, each parameter once', () => {
    expect(doc.paths['/v1/settings/topics/{id}']?.['put']?.requestBody).toBeDefined();
    expect(doc.paths['/v1/auth/login']?.['post']?.requestBody).toBeDefined();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const keys = (op.parameters ?? []).map((p) => `${p.in}:${p.name}`);
        expect(new Set(keys).size, `${method.toUpperCase()} ${path}`).toBe(keys.length);
      }
    }
  });

  it('lists the public portal, the cases API and Open311 JSON, with their valibot schemas', () => {
    const op = (path: string, method: string) => doc.paths[path]?.[method];
    expect(op('/v1/public/requests', 'post')?.requestBody?.content['application/json']?.schema).toMatchObject(
      {
        type: 'object',
        required: expect.arrayContaining(['topicId', 'content', 'commune']),
      },
    );
    expect(op('/v1/public/status', 'post')?.responses['200']).toBeDefined();
    expect(op('/v1/public/status/{token}', 'get')?.parameters).toContainEqual(
      expect.objectContaining({ in: 'path', name: 'token' }),
    );
    expect(op('/v1/public/challenge', 'get')).toBeDefined();
    expect(op('/v1/cases', 'post')?.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'idempotency-key' }),
    );
    expect(op('/v1/cases', 'post')?.requestBody?.content['application/json']?.schema).toMatchObject({
      properties: expect.objectContaining({ channel: expect.anything(), content: expect.anything() }),
    });
    expect(op('/v1/cases', 'get')?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['status', 'channel', 'cursor', 'limit']),
    );
    expect(op('/v1/cases/{id}/classify', 'post')?.requestBody).toBeDefined();
    for (const path of [
      '/open311/v2/discovery.json',
      '/open311/v2/services.json',
      '/open311/v2/requests.json',
    ]) {
      expect(op(path, 'get')?.tags, path).toEqual(['Open311 GeoReport v2']);
    }
    expect(op('/open311/v2/requests.json', 'post')?.requestBody?.content).toHaveProperty(
      'application/x-www-form-urlencoded',
    );
    expect(op('/open311/v2/services/{service_code}.{format}', 'get')?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['service_code', 'format']),
    );
    expect(op('/open311/v2/requests/{service_request_id}.{format}', 'get')).toBeDefined();
    expect(op('/open311/v2/tokens/{token}.{format}', 'get')).toBeDefined();
  });

  it('documents only routes that exist, and every route of the public portal and the cases API', () => {
    // Cases routes other modules add later appear undescribed (method and path only) until CASE_OPERATIONS
    // names them; the portal's own routes must always carry their description.
    const real = new Set(
      routes.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`),
    );
    for (const op of CASE_OPERATIONS) {
      expect(real.has(`${op.method} ${toOpenApiPath(op.path)}`), `${op.method} ${op.path}`).toBe(true);
    }
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`)),
    );
    for (const key of real) {
      if (!key.includes('/v1/public/') && !/ \/v1\/cases(\/|$)/.test(key)) continue;
      expect(documented.has(key), key).toBe(true);
      const [method, path] = key.split(' ') as [string, string];
      if (key.includes('/v1/public/')) expect(doc.paths[path]![method]!.summary, key).toBeTruthy();
    }
  });

  it('documents case attachments: the multipart upload, the list item schema, the download', () => {
    const upload = doc.paths['/v1/cases/{id}/attachments']?.['post'];
    expect(upload?.requestBody?.content['multipart/form-data']?.schema).toMatchObject({
      required: ['file'],
    });
    expect(Object.keys(upload?.responses ?? {})).toEqual(expect.arrayContaining(['201', '413', '415']));
    const listed = doc.paths['/v1/cases/{id}/attachments']?.['get']?.responses['200'] as {
      content: Record<string, { schema: { properties: Record<string, { items: { required: string[] } }> } }>;
    };
    expect(listed.content['application/json']?.schema.properties['attachments']?.items.required).toEqual(
      expect.arrayContaining(['fileName', 'sizeBytes', 'uploadedByName', 'source']),
    );
    expect(
      doc.paths['/v1/cases/{id}/attachments/{attachmentId}']?.['get']?.parameters?.map((p) => p.name),
    ).toEqual(expect.arrayContaining(['id', 'attachmentId']));
    expect(
      Object.keys(doc.paths['/v1/cases/{id}/attachments/{attachmentId}']?.['get']?.responses ?? {}),
    ).toContain('410');
    const withdraw = doc.paths['/v1/cases/{id}/attachments/{attachmentId}/withdraw']?.['post'];
    expect(withdraw?.requestBody?.content['application/json']?.schema).toMatchObject({
      required: ['reason'],
      properties: { reason: { minLength: 3, maxLength: 500 } },
    });
  });

  it('documents the portal form with files: multipart, its limits, the refusals', () => {
    const form = doc.paths['/v1/public/requests/multipart']?.['post'];
    expect(form?.requestBody?.content['multipart/form-data']?.schema).toMatchObject({
      required: expect.arrayContaining(['topicId', 'content', 'commune', 'altcha']),
      properties: {
        files: { type: 'array', items: { type: 'string', format: 'binary' }, maxItems: 3 },
      },
    });
    expect(Object.keys(form?.responses ?? {})).toEqual(expect.arrayContaining(['201', '413', '415', '429']));
    const status = doc.paths['/v1/public/status']?.['post']?.responses['200'] as {
      content: Record<string, { schema: { required: string[] } }>;
    };
    expect(status.content['application/json']?.schema.required).toContain('citizenFileCount');
  });

  it('serves the interactive reference at /docs', async () => {
    const res = await h.app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Scalar.createApiReference');
    expect(html).toContain('openapi.json');
  });
});

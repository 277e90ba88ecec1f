import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import { generateSpecs } from 'hono-openapi';
import type { AppEnv } from '../context.js';
import { casesDocs } from './cases-docs.js';

type Document = Awaited<ReturnType<typeof generateSpecs>>;
type Operation = Record<string, unknown> & { tags?: string[]; parameters?: Record<string, unknown>[] };

const DOCS_PATHS = ['/openapi.json', '/docs'];

/** Untagged routes are grouped by their resource: `/v1/settings/...` → "settings". */
function tagUntagged(doc: Document) {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const op of Object.values(item ?? {}) as Operation[]) {
      if (op && typeof op === 'object' && !op.tags?.length) {
        op.tags = [
          path
            .split('/')
            .filter(Boolean)
            .slice(0, path.startsWith('/v1/') ? 2 : 1)
            .join('/'),
        ];
      }
    }
  }
}

/** Routes not described yet get the minimum OpenAPI requires of a response: a description. */
function describeBareResponses(doc: Document) {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item ?? {}) as Operation[]) {
      const responses = (op?.['responses'] ?? {}) as Record<string, Record<string, unknown>>;
      for (const [status, response] of Object.entries(responses)) {
        if (!('$ref' in response) && typeof response['description'] !== 'string') {
          response['description'] = status.startsWith('2') ? 'Thành công' : 'Lỗi';
        }
      }
    }
  }
}

/**
 * Open311 picks the format by the file extension (`services/T01.json`); the router matches the whole
 * last segment, so the document shows it as `{service_code}.{format}` with `format` json or xml.
 */
function open311Extensions(doc: Document) {
  for (const path of Object.keys(doc.paths)) {
    const match = /^(\/open311\/v2\/.+\/)\{(\w+)\}$/.exec(path);
    if (!match) continue;
    const [, prefix, name] = match as unknown as [string, string, string];
    const item = doc.paths[path]!;
    for (const op of Object.values(item) as Operation[]) {
      op.parameters = [
        ...(op.parameters ?? []).filter((p) => !(p['in'] === 'path' && p['name'] === name)),
        { in: 'path', name, required: true, schema: { type: 'string' } },
        { in: 'path', name: 'format', required: true, schema: { type: 'string', enum: ['json', 'xml'] } },
      ];
    }
    delete doc.paths[path];
    doc.paths[`${prefix}{${name}}.{format}`] = item;
  }
}

/** The OpenAPI 3.1 document of `routes`, from their own descriptions and valibot schemas. */
export async function buildOpenApiDocument(routes: Hono<AppEnv>): Promise<Document> {
  const documented = new Hono<AppEnv>().route('/', routes).route('/', casesDocs());
  const doc = await generateSpecs(documented, {
    includeEmptyPaths: true,
    excludeStaticFile: false,
    exclude: [...DOCS_PATHS, /^\/__test/],
    documentation: {
      info: {
        title: 'Tổng đài 1022 API',
        version: '1.0.0',
        description:
          'API của nền tảng Tổng đài 1022. Mỗi tỉnh là một tên miền con: mọi đường dẫn áp dụng cho tỉnh của tên miền được gọi (qua trang web của tỉnh: tiền tố /api). Lỗi có dạng `{ "error": { "code", "message", "requestId", "issues"? } }`, riêng Open311 theo định dạng lỗi của GeoReport v2.',
      },
      servers: [
        { url: '/api', description: 'Qua trang web của tỉnh, ví dụ https://thanhhoa.<miền>/api' },
        { url: '/', description: 'Trực tiếp máy chủ API (tỉnh lấy từ Host hoặc X-Forwarded-Host)' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tongdai_session' },
          open311ApiKey: { type: 'apiKey', in: 'query', name: 'api_key' },
        },
      },
    },
  });
  tagUntagged(doc);
  describeBareResponses(doc);
  open311Extensions(doc);
  return doc;
}

/** GET /openapi.json and the interactive reference at GET /docs. */
export function openApiRoutes(routes: Hono<AppEnv>) {
  let cached: Promise<Document> | undefined;
  return new Hono<AppEnv>()
    .get('/openapi.json', async (c) => {
      cached ??= buildOpenApiDocument(routes).catch((err: unknown) => {
        cached = undefined;
        throw err;
      });
      return c.json(await cached);
    })
    .get(
      '/docs',
      Scalar({
        // Relative: works on the API itself (/docs) and through a province's site (/api/docs).
        url: 'openapi.json',
        pageTitle: 'Tổng đài 1022 – API',
      }),
    );
}

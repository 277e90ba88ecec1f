import { XMLBuilder } from 'fast-xml-parser';
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';

/**
 * Open311 answers in the format the path asks for (`….json` or `….xml`). XML follows the spec's
 * element names: a root, one element per item, nested lists wrapped in their plural element.
 */
export type Format = 'json' | 'xml';

export const formatOfPath = (path: string): Format => (path.endsWith('.xml') ? 'xml' : 'json');

/** `T01.json` → `{ id: 'T01', format: 'json' }`. */
export function splitFormat(file: string): { id: string; format: Format } {
  const dot = file.lastIndexOf('.');
  return {
    id: decodeURIComponent(file.slice(0, dot)),
    format: file.slice(dot + 1) === 'xml' ? 'xml' : 'json',
  };
}

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, suppressBooleanAttributes: false });

export function toXml(root: string, body: unknown): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, [root]: body }) as string;
}

export function send(
  c: Context<AppEnv>,
  format: Format,
  json: unknown,
  xml: () => string,
  status: ContentfulStatusCode = 200,
) {
  if (format === 'json') return c.json(json, status);
  return c.body(xml(), status, { 'Content-Type': 'text/xml; charset=utf-8' });
}

/** `[{ code, description }]` / `<errors><error>…</error></errors>`, the HTTP status as the code. */
export function sendErrors(
  c: Context<AppEnv>,
  format: Format,
  status: ContentfulStatusCode,
  description: string,
) {
  const errors = [{ code: status, description }];
  return send(c, format, errors, () => toXml('errors', { error: errors }), status);
}

const describeIssues = (err: ApiError) =>
  err.issues?.length
    ? `${err.message} ${err.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
    : err.message;

/** The Open311 router's onError: every failure in the spec's error format, 500s logged and generic. */
export const open311ErrorHandler: ErrorHandler<AppEnv> = (err, c) => {
  const format = formatOfPath(c.req.path);
  if (err instanceof ApiError) return sendErrors(c, format, err.status, describeIssues(err));
  if (err instanceof HTTPException && err.status < 500) {
    return sendErrors(c, format, 400, 'Yêu cầu không hợp lệ (không đọc được dữ liệu gửi lên).');
  }
  c.get('log')?.error({ err }, 'unhandled error (open311)');
  return sendErrors(c, format, 500, 'Đã có lỗi hệ thống. Vui lòng thử lại sau.');
};

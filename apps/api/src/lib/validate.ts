import type { ValidationTargets } from 'hono';
import { validator } from 'hono-openapi';
import type { GenericSchema } from 'valibot';
import { ApiError } from './errors.js';

type IssuePath = ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined;
const pathOf = (path: IssuePath) =>
  path?.map((p) => String(typeof p === 'object' && p !== null ? p.key : p)).join('.') ?? '';

// valibot reports a missing required key in English ("Invalid key: Expected "x" but received undefined").
const MISSING_KEY = /^Invalid key: Expected "([^"]+)" but received undefined$/;
const messageOf = (message: string) => {
  const missing = MISSING_KEY.exec(message);
  return missing ? `Thiếu thông tin bắt buộc: ${missing[1]}.` : message;
};

/**
 * valibot validation of one part of the request. Failures are VALIDATION_FAILED with each field's
 * issue; the same schema becomes the operation's parameters or body in /openapi.json, so the
 * document is generated from the routes themselves.
 */
export const validate = <T extends GenericSchema, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
  /** The documented media type of a body (form target: multipart/form-data unless given). */
  media?: string,
) =>
  validator(
    target,
    schema,
    (result) => {
      if (!result.success) {
        const issues = result.error.map((i) => ({ path: pathOf(i.path), message: messageOf(i.message) }));
        throw new ApiError('VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', issues);
      }
    },
    media ? { media } : undefined,
  );

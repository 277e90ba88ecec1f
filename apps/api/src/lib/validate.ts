import { vValidator } from '@hono/valibot-validator';
import type { ValidationTargets } from 'hono';
import type { GenericSchema } from 'valibot';
import { ApiError } from './errors.js';

/** valibot validation whose failures become VALIDATION_FAILED with each field's issue. */
export const validate = <T extends GenericSchema, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) =>
  vValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.issues.map((i) => ({
        path: i.path?.map((p) => String(p.key)).join('.') ?? '',
        message: i.message,
      }));
      throw new ApiError('VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', issues);
    }
  });

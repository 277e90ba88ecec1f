import { ApiError } from './errors.js';

/** The SQLSTATE of a Postgres error, also when drizzle wrapped it as the cause. */
export function pgCode(e: unknown): string | undefined {
  const err = e as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof err.code === 'string' ? err.code : err.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Runs a write and turns the constraint violations a person can cause into 409s with their message:
 * a duplicate (unique) or a row still referenced (foreign key). Anything else propagates.
 */
export async function withConstraintMessages<T>(
  run: () => Promise<T>,
  messages: { duplicate?: string; inUse?: string; missingReference?: string },
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const code = pgCode(e);
    if (code === '23505' && messages.duplicate) throw new ApiError('CONFLICT', messages.duplicate);
    if (code === '23503' && messages.inUse) throw new ApiError('CONFLICT', messages.inUse);
    if (code === '23503' && messages.missingReference)
      throw new ApiError('BAD_REQUEST', messages.missingReference);
    throw e;
  }
}

import * as v from 'valibot';

/** Every API error has this body; `code` is stable, `message` is for people. */
export const ErrorCode = v.picklist([
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ACCOUNT_PENDING',
  'EMAIL_NOT_VERIFIED',
  'TWO_FACTOR_REQUIRED',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'TENANT_NOT_FOUND',
  'CONFLICT',
  /** The case changed since the client loaded it (optimistic concurrency): reload, then retry. */
  'STALE_VERSION',
  /** The case state machine refused the action in the case's current status. */
  'TRANSITION_REFUSED',
  /** An Idempotency-Key reused with a different request body. */
  'IDEMPOTENCY_MISMATCH',
  /** A per-resource limit is reached (e.g. files per case). */
  'LIMIT_REACHED',
  /** The resource existed and was removed on purpose (e.g. a withdrawn attachment). */
  'GONE',
  /** The body or file is larger than allowed. */
  'PAYLOAD_TOO_LARGE',
  /** The file's real type (from its bytes) is not one the route accepts. */
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
]);
export type ErrorCode = v.InferOutput<typeof ErrorCode>;

export const ErrorBody = v.object({
  error: v.object({
    code: ErrorCode,
    message: v.string(),
    requestId: v.optional(v.string()),
    issues: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});
export type ErrorBody = v.InferOutput<typeof ErrorBody>;

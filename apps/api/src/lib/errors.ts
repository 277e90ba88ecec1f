import type { ErrorBody, ErrorCode } from '@tongdai/contracts';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const codeToStatus: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ACCOUNT_PENDING: 403,
  EMAIL_NOT_VERIFIED: 403,
  TWO_FACTOR_REQUIRED: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  TENANT_NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  TRANSITION_REFUSED: 409,
  IDEMPOTENCY_MISMATCH: 422,
  LIMIT_REACHED: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Thrown anywhere in a request; `onError` turns it into the one error body. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: { path: string; message: string }[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: { path: string; message: string }[]) {
    super(message);
    this.code = code;
    this.issues = issues;
  }

  get status(): ContentfulStatusCode {
    return codeToStatus[this.code];
  }
}

export function errorBody(
  code: ErrorCode,
  message: string,
  requestId?: string,
  issues?: { path: string; message: string }[],
): ErrorBody {
  return { error: { code, message, ...(requestId ? { requestId } : {}), ...(issues ? { issues } : {}) } };
}

export const notFound = (what = 'Không tìm thấy dữ liệu yêu cầu.') => new ApiError('NOT_FOUND', what);

import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../context.js';
import { pgCode } from './db-errors.js';
import type { Logger } from './logger.js';
import { ApiError, errorBody } from './errors.js';

/** The one `onError`: ApiErrors keep their code; other client errors are 400; the rest a logged 500. */
export const handleError =
  (fallbackLogger?: Logger): ErrorHandler<AppEnv> =>
  (err, c) => {
    const requestId = c.get('requestId');
    if (err instanceof ApiError) {
      return c.json(errorBody(err.code, err.message, requestId, err.issues), err.status);
    }
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(
        errorBody('BAD_REQUEST', 'Yêu cầu không hợp lệ (dữ liệu gửi lên không đọc được).', requestId),
        err.status,
      );
    }
    // A value Postgres could not take (data exception, class 22) came from the request, not from us.
    if (pgCode(err)?.startsWith('22')) {
      (c.get('log') ?? fallbackLogger)?.warn({ err }, 'data exception from request input');
      return c.json(errorBody('BAD_REQUEST', 'Dữ liệu gửi lên không hợp lệ.', requestId), 400);
    }
    (c.get('log') ?? fallbackLogger)?.error({ err }, 'unhandled error');
    return c.json(errorBody('INTERNAL', 'Đã có lỗi hệ thống. Vui lòng thử lại sau.', requestId), 500);
  };

import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../../../lib/errors.js';
import { MAX_IMPORT_BYTES } from '../../../services/agency-import.js';

/** Import files stop at 2 MB, before the body is read into memory. */
export const importUploadLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: () => {
    throw new ApiError('BAD_REQUEST', 'Tệp quá lớn: tối đa 2 MB.');
  },
});

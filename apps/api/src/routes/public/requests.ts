import { PublicRequestForm, PublicRequestInput, PublicRequestOutput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { citizenUploadLimit } from '../../lib/attachment-upload.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { describe, errorResponses, jsonContent, TAGS } from '../../openapi/describe.js';
import { documentedValidate } from '../../openapi/validate.js';
import { submitPublicRequest } from '../../services/public/submit.js';

const ABOUT =
  'Không cần tài khoản. Cần đồng ý xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP), số điện thoại hoặc e-mail, và lời giải thử thách chống thư rác. Trả về mã hồ sơ và mã của đường dẫn tra cứu đã ký.';

/**
 * POST /v1/public/requests — a citizen's request from the portal form (channel portal), as JSON;
 * POST /v1/public/requests/multipart — the same form as the page posts it, with up to 3 files.
 * Both count against one rate limit per address.
 */
export const publicRequestRoute = new Hono<AppEnv>()
  .post(
    '/requests',
    describe({
      tags: [TAGS.portal],
      summary: 'Gửi yêu cầu từ cổng thông tin',
      description: ABOUT,
      responses: { 201: jsonContent(PublicRequestOutput, 'Đã tiếp nhận'), ...errorResponses(400, 429) },
    }),
    rateLimit('public-form', clientIp),
    documentedValidate('json', PublicRequestInput),
    async (c) => c.json(await submitPublicRequest(c, c.req.valid('json')), 201),
  )
  .post(
    '/requests/multipart',
    describe({
      tags: [TAGS.portal],
      summary: 'Gửi yêu cầu kèm ảnh, tài liệu (multipart/form-data, tối đa 3 tệp)',
      description: `${ABOUT} Mỗi tệp tối đa 10 MB, tổng cộng tối đa 20 MB; loại tệp xác định từ nội dung. Mọi tệp được kiểm tra trước khi tạo hồ sơ: một tệp bị từ chối thì không có hồ sơ nào được tạo, và lỗi chỉ rõ tệp (\`issues[].path\` = \`files.<thứ tự>\`). Tệp chỉ cán bộ xem được, trang tra cứu chỉ hiện số tệp đã gửi.`,
      responses: {
        201: jsonContent(PublicRequestOutput, 'Đã tiếp nhận cùng các tệp'),
        ...errorResponses(400, 413, 415, 429),
      },
    }),
    rateLimit('public-form', clientIp),
    citizenUploadLimit,
    documentedValidate('form', PublicRequestForm),
    async (c) => {
      const { files, ...input } = c.req.valid('form');
      return c.json(await submitPublicRequest(c, input, files), 201);
    },
  );

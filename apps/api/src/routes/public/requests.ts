import { PublicRequestInput, PublicRequestOutput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { describe, errorResponses, jsonContent, TAGS } from '../../openapi/describe.js';
import { documentedValidate } from '../../openapi/validate.js';
import { submitPublicRequest } from '../../services/public/submit.js';

/** POST /v1/public/requests — a citizen's request from the portal form (channel portal). */
export const publicRequestRoute = new Hono<AppEnv>().post(
  '/requests',
  describe({
    tags: [TAGS.portal],
    summary: 'Gửi yêu cầu từ cổng thông tin',
    description:
      'Không cần tài khoản. Cần đồng ý xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP), số điện thoại hoặc e-mail, và lời giải thử thách chống thư rác. Trả về mã hồ sơ và mã của đường dẫn tra cứu đã ký.',
    responses: { 201: jsonContent(PublicRequestOutput, 'Đã tiếp nhận'), ...errorResponses(400, 429) },
  }),
  rateLimit('public-form', clientIp),
  documentedValidate('json', PublicRequestInput),
  async (c) => c.json(await submitPublicRequest(c, c.req.valid('json')), 201),
);

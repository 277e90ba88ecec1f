import { PublicCaseStatus, PublicStatusLookupInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { describe, errorResponses, jsonContent, TAGS } from '../../openapi/describe.js';
import { documentedValidate } from '../../openapi/validate.js';
import { caseStatusByToken, lookupCaseStatus } from '../../services/public/status.js';

const noStore = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };

/** The citizen's status page: by code + phone or e-mail (POST, so neither lands in logs), or a signed link. */
export const publicStatusRoutes = new Hono<AppEnv>()
  .post(
    '/status',
    describe({
      tags: [TAGS.portal],
      summary: 'Tra cứu hồ sơ bằng mã hồ sơ và số điện thoại (hoặc e-mail)',
      description:
        'Sai mã và sai số điện thoại nhận cùng một câu trả lời 404. Giới hạn 20 lần tra cứu mỗi 15 phút cho mỗi địa chỉ IP.',
      responses: {
        200: jsonContent(PublicCaseStatus, 'Trạng thái và tiến trình công khai của hồ sơ'),
        ...errorResponses(400, 404, 429),
      },
    }),
    rateLimit('public-status', clientIp),
    documentedValidate('json', PublicStatusLookupInput),
    async (c) => c.json(await lookupCaseStatus(c, c.req.valid('json')), 200, noStore),
  )
  .get(
    '/status/:token',
    describe({
      tags: [TAGS.portal],
      summary: 'Tra cứu hồ sơ bằng đường dẫn đã ký',
      responses: {
        200: jsonContent(PublicCaseStatus, 'Trạng thái và tiến trình công khai của hồ sơ'),
        ...errorResponses(404, 429),
      },
    }),
    rateLimit('public-search', clientIp),
    // Any malformed or foreign token is the same 404 as a wrong one: nothing to learn from the shape.
    async (c) => c.json(await caseStatusByToken(c, c.req.param('token')), 200, noStore),
  );

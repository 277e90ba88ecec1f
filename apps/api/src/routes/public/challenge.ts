import { PowChallenge } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { describe, errorResponses, jsonContent, TAGS } from '../../openapi/describe.js';
import { keysOf } from '../../services/public/keys.js';
import { newPowChallenge } from '../../services/public/pow.js';

/** GET /v1/public/challenge — a fresh proof-of-work challenge for the request form. */
export const challengeRoute = new Hono<AppEnv>().get(
  '/challenge',
  describe({
    tags: [TAGS.portal],
    summary: 'Thử thách chống thư rác (proof-of-work, ALTCHA v2)',
    description:
      'Trình duyệt giải thử thách (PBKDF2/SHA-256) rồi gửi `altcha` = base64 của `{ challenge, solution }` cùng biểu mẫu. Mỗi thử thách gắn với tỉnh, hết hạn sau 30 phút và chỉ dùng được một lần.',
    responses: { 200: jsonContent(PowChallenge, 'Thử thách đã ký'), ...errorResponses(429) },
  }),
  rateLimit('public-search', clientIp),
  async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await newPowChallenge(keysOf(c), c.get('tenant').slug));
  },
);

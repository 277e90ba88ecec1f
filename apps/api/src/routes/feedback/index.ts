import { FeedbackInput, FeedbackSummaryQuery, FeedbackToken } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { assertPermission } from '../../middleware/require-permission.js';
import { feedbackLinkView, feedbackSummary, submitFeedback } from '../../services/feedback/feedback.js';

/**
 * /v1/feedback — the citizen's signed link (no account: the link is the credential) and the
 * supervisors' summary of ratings.
 */
export const feedbackRoutes = new Hono<AppEnv>()
  .get(
    '/summary',
    doc('Tổng hợp đánh giá của người dân', [400, 401, 403]),
    validate('query', FeedbackSummaryQuery),
    async (c) => {
      assertPermission(c, 'reports.read');
      return c.json(await feedbackSummary(c, c.req.valid('query')));
    },
  )
  .get(
    '/:token',
    doc('Trang đánh giá theo đường dẫn ký (công khai)', [400, 404]),
    validate('param', FeedbackToken),
    async (c) => c.json({ feedback: await feedbackLinkView(c, c.req.valid('param').token) }),
  )
  .post(
    '/:token',
    doc('Người dân đánh giá, đề nghị xử lý lại (một lần, trong thời hạn)', [400, 404, 409, 429], {
      201: 'Đã ghi nhận',
    }),
    rateLimit('public-form', clientIp),
    validate('param', FeedbackToken),
    validate('json', FeedbackInput),
    async (c) => c.json(await submitFeedback(c, c.req.valid('param').token, c.req.valid('json')), 201),
  );

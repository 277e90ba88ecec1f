import { FaqSearchQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { searchFaq } from '../../services/faq/search.js';

/** Citizens' search on the portal: published, unexpired entries only; limited per address. */
export const searchPublicFaq = new Hono<AppEnv>().get(
  '/search',
  rateLimit('public-search', clientIp),
  validate('query', FaqSearchQuery),
  async (c) => {
    const { q, topic, limit } = c.req.valid('query');
    return c.json(await searchFaq(c, { q, topic, limit: limit ?? 20, audience: 'public' }));
  },
);

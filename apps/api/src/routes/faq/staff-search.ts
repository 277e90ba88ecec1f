import { FaqStaffSearchQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { requirePermission } from '../../middleware/require-permission.js';
import { searchFaq } from '../../services/faq/search.js';

/** Operators' suggestions while typing: internal entries too, the last word as a prefix. */
export const searchStaffFaq = new Hono<AppEnv>().get(
  '/staff-search',
  requirePermission('faq.read_internal'),
  validate('query', FaqStaffSearchQuery),
  async (c) => {
    const { q, topic, boostTopic, limit } = c.req.valid('query');
    return c.json(await searchFaq(c, { q, topic, boostTopic, limit: limit ?? 8, audience: 'staff' }));
  },
);

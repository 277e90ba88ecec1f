import { FaqUpdateInput, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { updateEntry } from '../../../services/faq/entries.js';

/** Saves an edit made on `revision`; 409 when someone saved a newer one meanwhile. */
export const updateFaqEntry = new Hono<AppEnv>().patch(
  '/entries/:id',
  validate('param', IdParam),
  validate('json', FaqUpdateInput),
  async (c) => c.json({ entry: await updateEntry(c, c.req.valid('param').id, c.req.valid('json')) }),
);

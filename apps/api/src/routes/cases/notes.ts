import { IdParam, NoteInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { addNote } from '../../services/cases/lifecycle.js';
import { assertCaseHandlerOrAgency } from './access.js';

/** POST /v1/cases/:id/notes — Internal note on the timeline. */
export const addNoteRoute = new Hono<AppEnv>().post(
  '/:id/notes',
  validate('param', IdParam),
  validate('json', NoteInput),
  async (c) => {
    const auth = assertCaseHandlerOrAgency(c);
    return c.json(await addNote(c, auth, c.req.valid('param').id, c.req.valid('json')), 201);
  },
);

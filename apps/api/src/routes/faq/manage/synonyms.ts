import { FaqSynonymInput, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { createSynonym, deleteSynonym, listSynonyms, updateSynonym } from '../../../services/faq/synonyms.js';

/** The province's search synonyms ("F0" ~ "người nhiễm"). */
export const faqSynonymRoutes = new Hono<AppEnv>()
  .get('/synonyms', async (c) => c.json({ synonyms: await listSynonyms(c) }))
  .post('/synonyms', validate('json', FaqSynonymInput), async (c) =>
    c.json({ synonym: await createSynonym(c, c.req.valid('json')) }, 201),
  )
  .put('/synonyms/:id', validate('param', IdParam), validate('json', FaqSynonymInput), async (c) =>
    c.json({ synonym: await updateSynonym(c, c.req.valid('param').id, c.req.valid('json')) }),
  )
  .delete('/synonyms/:id', validate('param', IdParam), async (c) => {
    await deleteSynonym(c, c.req.valid('param').id);
    return c.json({ deleted: true });
  });

import { maskPhone } from '@tongdai/core';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { assertCaseReader } from './access.js';

/** Lists show callers' phones masked; the full number is on the case page only. */
export const listCases = new Hono<AppEnv>().get('/', async (c) => {
  assertCaseReader(c);
  const rows = await inTenant(c, (tx, tenantId) => queries.listCases(tx, tenantId));
  return c.json({
    cases: rows.map(({ citizenPhone, ...r }) => ({
      ...r,
      citizenPhone: citizenPhone ? maskPhone(citizenPhone) : null,
    })),
  });
});

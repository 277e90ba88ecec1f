import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';

/** Liveness and readiness: the database answers and its migrations match this build. */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { ok, migrations } = await c.get('deps').db.health();
  const ready = ok && migrations?.current === true;
  return c.json({ status: ready ? 'ok' : 'degraded', database: ok, migrations }, ready ? 200 : 503);
});

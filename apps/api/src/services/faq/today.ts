import { toLocalMoment } from '@tongdai/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';

/** Today's date (yyyy-mm-dd) in the province's calendar: an entry valid until yesterday is expired. */
export const todayIn = (c: Context<AppEnv>) =>
  toLocalMoment(c.get('deps').now(), c.get('tenant').timeZone).date;

import { CalendarDayInput, CalendarInput, DayParam, YearQuery } from '@tongdai/contracts';
import { toLocalMoment } from '@tongdai/core';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import * as service from '../../services/settings/calendar.js';

const currentYear = (c: Context<AppEnv>) =>
  Number(toLocalMoment(c.get('deps').now(), c.get('tenant').timeZone).date.slice(0, 4));

export const calendarSettingsRoutes = new Hono<AppEnv>()
  .get('/', validate('query', YearQuery), async (c) =>
    c.json(await service.getCalendar(c, c.req.valid('query').year ?? currentYear(c))),
  )
  .put('/', validate('json', CalendarInput), async (c) => {
    await service.saveCalendar(c, c.req.valid('json'));
    return c.json({ updated: true });
  })
  .put('/days', validate('json', CalendarDayInput), async (c) => {
    await service.saveCalendarDay(c, c.req.valid('json'));
    return c.json({ saved: true });
  })
  .delete('/days/:day', validate('param', DayParam), async (c) => {
    await service.deleteCalendarDay(c, c.req.valid('param').day);
    return c.json({ deleted: true });
  });

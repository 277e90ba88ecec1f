import { sql } from 'drizzle-orm';
import { date, integer, jsonb, pgEnum, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantIsolation } from './roles.js';

export const slaUnit = pgEnum('sla_unit', ['working_hours', 'working_days', 'clock_hours']);

/** Handling deadlines per class (Thanh Hóa's Decision 4678 is the model): acknowledge and answer within. */
export const slaClasses = pgTable(
  'sla_classes',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    code: text('code').notNull(),
    name: text('name').notNull(),
    acknowledgeAmount: integer('acknowledge_amount').notNull(),
    acknowledgeUnit: slaUnit('acknowledge_unit').notNull(),
    answerAmount: integer('answer_amount').notNull(),
    answerUnit: slaUnit('answer_unit').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('sla_classes_code').on(t.tenantId, t.code),
    tenantIsolation('sla_classes'),
  ],
);

/** Office hours and working weekdays of a province (one row per province). */
export const workingCalendars = pgTable(
  'working_calendars',
  {
    tenantId: tenantIdColumn().primaryKey(),
    officeHours: jsonb('office_hours')
      .$type<{ start: string; end: string }[]>()
      .notNull()
      .default(sql`'[{"start":"07:00","end":"11:30"},{"start":"13:30","end":"17:00"}]'::jsonb`),
    workingWeekdays: integer('working_weekdays')
      .array()
      .notNull()
      .default(sql`'{1,2,3,4,5}'::int[]`),
  },
  () => [tenantIsolation('working_calendars')],
);

export const calendarDayKind = pgEnum('calendar_day_kind', ['day_off', 'workday']);

/** Yearly exceptions a province edits: extra days off (Tết extension) and compensatory working days. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    tenantId: tenantIdColumn(),
    day: date('day').notNull(),
    kind: calendarDayKind('kind').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day] }), tenantIsolation('calendar_days')],
);

import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { calendarDays, slaClasses, workingCalendars } from '../schema/sla.js';

export type SlaClassValues = Omit<typeof slaClasses.$inferInsert, 'tenantId' | 'id' | 'position'>;

export function listSlaClasses(tx: Tx, tenantId: string) {
  return tx
    .select()
    .from(slaClasses)
    .where(eq(slaClasses.tenantId, tenantId))
    .orderBy(asc(slaClasses.position), asc(slaClasses.code));
}

export async function insertSlaClass(tx: Tx, tenantId: string, values: SlaClassValues) {
  const count = (await listSlaClasses(tx, tenantId)).length;
  const [row] = await tx
    .insert(slaClasses)
    .values({ tenantId, ...values, position: count })
    .returning({ id: slaClasses.id });
  return row!.id;
}

export async function updateSlaClass(tx: Tx, tenantId: string, id: string, values: SlaClassValues) {
  const rows = await tx
    .update(slaClasses)
    .set(values)
    .where(and(eq(slaClasses.tenantId, tenantId), eq(slaClasses.id, id)))
    .returning({ id: slaClasses.id });
  return rows.length > 0;
}

export async function deleteSlaClass(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .delete(slaClasses)
    .where(and(eq(slaClasses.tenantId, tenantId), eq(slaClasses.id, id)))
    .returning({ id: slaClasses.id });
  return rows.length > 0;
}

export async function getWorkingCalendar(tx: Tx, tenantId: string) {
  return (await tx.select().from(workingCalendars).where(eq(workingCalendars.tenantId, tenantId)))[0];
}

export async function saveWorkingCalendar(
  tx: Tx,
  tenantId: string,
  values: { officeHours: { start: string; end: string }[]; workingWeekdays: number[] },
) {
  await tx
    .insert(workingCalendars)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: workingCalendars.tenantId, set: values });
}

export function listCalendarDays(tx: Tx, tenantId: string, year?: number) {
  const where = [eq(calendarDays.tenantId, tenantId)];
  if (year) where.push(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`));
  return tx
    .select()
    .from(calendarDays)
    .where(and(...where))
    .orderBy(asc(calendarDays.day));
}

export async function saveCalendarDay(
  tx: Tx,
  tenantId: string,
  values: { day: string; kind: 'day_off' | 'workday'; name: string },
) {
  await tx
    .insert(calendarDays)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({
      target: [calendarDays.tenantId, calendarDays.day],
      set: { kind: values.kind, name: values.name },
    });
}

export async function deleteCalendarDay(tx: Tx, tenantId: string, day: string) {
  const rows = await tx
    .delete(calendarDays)
    .where(and(eq(calendarDays.tenantId, tenantId), eq(calendarDays.day, day)))
    .returning({ day: calendarDays.day });
  return rows.length > 0;
}

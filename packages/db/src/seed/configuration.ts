import { normalizePhone } from '@tongdai/core';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { dutyRoster } from '../schema/duty-roster.js';
import { ivrBranches } from '../schema/ivr.js';
import { calendarDays, slaClasses, workingCalendars } from '../schema/sla.js';
import { topics } from '../schema/topics.js';
import { DEFAULT_SLA_CLASSES, DEMO_CALENDAR_DAYS, mondayOf, TOPIC_DEFAULTS } from './data/configuration.js';
import type { SeedProvince } from './data/index.js';

/** SLA classes, working calendar, topic defaults and the IVR duty roster of a seed province. */
export async function seedConfiguration(
  tx: Tx,
  tenantId: string,
  p: SeedProvince,
  topicId: Map<string, string>,
  agencyId: Map<string, string>,
) {
  const classes = await tx
    .insert(slaClasses)
    .values(
      DEFAULT_SLA_CLASSES.map((c, position) => ({
        tenantId,
        code: c.code,
        name: c.name,
        acknowledgeAmount: c.acknowledge.amount,
        acknowledgeUnit: c.acknowledge.unit,
        answerAmount: c.answer.amount,
        answerUnit: c.answer.unit,
        position,
      })),
    )
    .returning({ id: slaClasses.id, code: slaClasses.code });
  const classId = new Map(classes.map((c) => [c.code, c.id]));
  await tx.insert(workingCalendars).values({ tenantId });
  await tx.insert(calendarDays).values(DEMO_CALENDAR_DAYS.map((d) => ({ tenantId, ...d })));
  for (const t of p.topics) {
    const defaults = TOPIC_DEFAULTS[p.slug]?.[t.code];
    await tx
      .update(topics)
      .set({
        slaClassId: classId.get(defaults?.sla ?? 'THUONG') ?? null,
        defaultAgencyId: defaults?.agency ? (agencyId.get(defaults.agency) ?? null) : null,
      })
      .where(and(eq(topics.tenantId, tenantId), eq(topics.id, topicId.get(t.code)!)));
  }
  await seedDutyRoster(tx, tenantId, p, agencyId);
}

/** This week's roster for each agency-backed IVR branch: office hours on weekdays, the agency's numbers. */
async function seedDutyRoster(tx: Tx, tenantId: string, p: SeedProvince, agencyId: Map<string, string>) {
  const weekStart = mondayOf(new Date());
  const branches = await tx
    .select({ id: ivrBranches.id, digit: ivrBranches.digit })
    .from(ivrBranches)
    .where(eq(ivrBranches.tenantId, tenantId));
  for (const b of p.ivrBranches) {
    const branchId = branches.find((x) => x.digit === b.digit)?.id;
    if (!branchId) continue;
    const rows = b.agencyCodes.flatMap((code) => {
      const agency = p.agencies.find((a) => a.code === code);
      const phone = agency?.hotlines[0] ? normalizePhone(agency.hotlines[0]) : null;
      if (!agency || !phone) return [];
      return [1, 2, 3, 4, 5].map((weekday) => ({
        tenantId,
        branchId,
        agencyId: agencyId.get(code) ?? null,
        weekStart,
        weekday,
        startTime: '07:00',
        endTime: '17:00',
        name: `Cán bộ trực ${agency.name}`,
        phone,
      }));
    });
    if (rows.length > 0) await tx.insert(dutyRoster).values(rows);
  }
}

import type { ReportRow, ReportWindow } from '@tongdai/core';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';

/**
 * The monthly report's aggregates (definitions in packages/core/src/reports/figures.ts): three
 * statements, each one GROUP BY over the rows it needs, never a case list. Every row carries its
 * period ('previous' | 'current'), dimension and key; core adds rows of the same group together.
 */
export interface ReportScope {
  tenantId: string;
  timeZone: string;
  window: ReportWindow;
}

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;
const period = (column: SQL, { window }: ReportScope) =>
  sql`case when ${column} >= ${at(window.start)} then 'current' else 'previous' end`;

/**
 * Cases received in both months per channel, topic and local day: a range of `cases_inbox`
 * (tenant_id, received_at), about 30,000 rows a month at a million cases.
 */
function receivedStatement(scope: ReportScope): SQL {
  const { tenantId, timeZone, window } = scope;
  return sql`
    select r.period,
      case grouping(r.channel, r.topic_id, r.day)
        when 3 then 'channel' when 5 then 'topic' when 6 then 'day' else 'total' end as dimension,
      coalesce(r.channel::text, r.topic_id::text, r.day) as key,
      (count(*) filter (where not r.merged))::int as received,
      (count(*) filter (where r.merged))::int as merged
    from (
      select ${period(sql`c.received_at`, scope)} as period, c.channel, c.topic_id,
        to_char(c.received_at at time zone ${timeZone}, 'YYYY-MM-DD') as day,
        c.merged_into is not null as merged
      from cases c
      where c.tenant_id = ${tenantId}
        and c.received_at >= ${at(window.previousStart)} and c.received_at < ${at(window.end)}
    ) r
    group by grouping sets ((r.period), (r.period, r.channel), (r.period, r.topic_id), (r.period, r.day))`;
}

/**
 * Whether a case was still waiting for its agency at `asOf` (escalated to it, not yet answered,
 * returned, reopened or on hold for the citizen). A case unchanged since then (`updated_at`, set by
 * every transition) still shows that state; only the others are read from the timeline: the last
 * escalation-cycle event before `asOf`, one backward probe of `case_events_case` each.
 */
const waitingForAgency = (tenantId: string) => sql`case when c.updated_at < p.as_of
  then c.status in ('escalated', 'acknowledged')
  else coalesce((
    select (e.type = 'escalated' and e.data ->> 'agencyId' = c.agency_id::text) or e.type = 'citizen_replied'
    from case_events e
    where e.tenant_id = ${tenantId} and e.case_id = c.id and e.at < p.as_of
      and e.type in ('escalated', 'agency_answered', 'returned', 'reopened', 'waiting_citizen', 'citizen_replied')
    order by e.id desc limit 1), false) end`;

/**
 * Closings in both months and the cases open at each month's end, per channel and agency. Two sources:
 * cases closed since the previous month began (`closed_at` has no index: this part reads the
 * province's cases until one exists), and the cases open now (a partial index `cases_open_*`). Each
 * case is paired with both months and kept only where it counts, as narrow rows for the sort.
 */
function stateStatement(scope: ReportScope): SQL {
  const { tenantId, window } = scope;
  const columns = sql`id, channel, agency_id, status, received_at, closed_at, due_at, updated_at`;
  const openEnd = sql`c.received_at < p.as_of and (c.closed_at is null or c.closed_at >= p.as_of)`;
  return sql`
    with p(period, from_at, to_at, as_of) as (values
      ('previous', ${at(window.previousStart)}, ${at(window.start)}, ${at(window.start)}),
      ('current', ${at(window.start)}, ${at(window.end)}, ${at(window.asOf)})
    ), c as (
      select ${columns} from cases
      where tenant_id = ${tenantId} and closed_at >= ${at(window.previousStart)} and merged_into is null
      union all
      select ${columns} from cases
      where tenant_id = ${tenantId} and status <> 'closed' and merged_into is null
        and closed_at is null and received_at < ${at(window.asOf)}
    ), f as (
      select p.period, c.channel, c.agency_id,
        case when c.closed_at >= p.from_at and c.closed_at < p.to_at then
          case when c.due_at is null then 'none' when c.closed_at <= c.due_at then 'on_time' else 'late' end
        end as closing,
        case when c.closed_at >= p.from_at and c.closed_at < p.to_at
          then (extract(epoch from c.closed_at - c.received_at) / 3600)::float8 end as hours,
        ${openEnd} as open_end,
        ${openEnd} and c.due_at < p.as_of as overdue,
        case when p.period = 'current' and c.agency_id is not null and c.due_at < p.as_of and ${openEnd}
          then ${waitingForAgency(tenantId)} else false end as waiting
      from c cross join p
      where (c.closed_at >= p.from_at and c.closed_at < p.to_at) or (${openEnd})
    )
    select f.period,
      case grouping(f.channel, f.agency_id) when 1 then 'channel' when 2 then 'agency' else 'total' end
        as dimension,
      coalesce(f.channel::text, f.agency_id::text) as key,
      (count(f.closing))::int as closed,
      (count(*) filter (where f.closing = 'on_time'))::int as "closedOnTime",
      (count(*) filter (where f.closing = 'late'))::int as "closedLate",
      (count(*) filter (where f.closing = 'none'))::int as "closedNoDeadline",
      percentile_cont(0.5) within group (order by f.hours) as "medianHoursToClose",
      (count(*) filter (where f.open_end))::int as "openAtEnd",
      (count(*) filter (where f.overdue))::int as "overdueAtEnd",
      (count(*) filter (where f.waiting))::int as "unansweredOverdue"
    from f
    group by grouping sets ((f.period), (f.period, f.channel), (f.period, f.agency_id))`;
}

/**
 * Escalations, agency answers and FAQ answers in both months, per agency. An answer is on time when
 * it came by the deadline then in force: the latest escalation's or approved extension's before it.
 * `case_events` has no (tenant_id, type, at) index: this reads the province's events until one exists.
 */
function eventsStatement(scope: ReportScope): SQL {
  const { tenantId, window } = scope;
  return sql`
    select r.period,
      case grouping(r.agency_id) when 1 then 'total' else 'agency' end as dimension,
      r.agency_id as key,
      (count(distinct r.case_id) filter (where r.type = 'escalated'))::int as escalated,
      (count(distinct r.case_id) filter (where r.type = 'answered_from_faq'))::int as "answeredFromFaq",
      (count(distinct r.case_id) filter (where r.type = 'agency_answered'))::int as "agencyAnswered",
      (count(distinct r.case_id) filter (where r.type = 'agency_answered' and r.on_time))::int
        as "agencyAnsweredOnTime"
    from (
      select ${period(sql`e.at`, scope)} as period, e.type, e.case_id,
        case when e.type <> 'answered_from_faq' then e.data ->> 'agencyId' end as agency_id,
        case when e.type = 'agency_answered' then e.at <= (
          select coalesce(d.data ->> 'grantedDueAt', d.data ->> 'dueAt')::timestamptz
          from case_events d
          where d.tenant_id = e.tenant_id and d.case_id = e.case_id and d.id < e.id
            and d.type in ('escalated', 'extension_approved')
          order by d.id desc limit 1) end as on_time
      from case_events e
      where e.tenant_id = ${tenantId}
        and e.at >= ${at(window.previousStart)} and e.at < ${at(window.end)}
        and e.type in ('escalated', 'agency_answered', 'answered_from_faq')
    ) r
    group by grouping sets ((r.period), (r.period, r.agency_id))`;
}

const statements = (scope: ReportScope) => ({
  received: receivedStatement(scope),
  state: stateStatement(scope),
  events: eventsStatement(scope),
});

export async function monthlyReportRows(tx: Tx, scope: ReportScope): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for (const statement of Object.values(statements(scope))) {
    rows.push(...(await tx.execute<ReportRow>(statement)));
  }
  return rows;
}

/** EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of each statement, by name, for the benchmark. */
export async function explainMonthlyReport(tx: Tx, scope: ReportScope) {
  const plans: Partial<Record<keyof ReturnType<typeof statements>, unknown>> = {};
  for (const [name, statement] of Object.entries(statements(scope))) {
    const [row] = await tx.execute<{ 'QUERY PLAN': unknown }>(
      sql`explain (analyze, buffers, format json) ${statement}`,
    );
    plans[name as keyof typeof plans] = row?.['QUERY PLAN'];
  }
  return plans;
}

/** Every agency of the province by name, inactive ones too: the report may name past work. */
export function listAgencyNames(tx: Tx, tenantId: string) {
  return tx
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.tenantId, tenantId))
    .orderBy(asc(agencies.position), asc(agencies.name));
}

/**
 * The figures of the monthly report and how they are defined. The database only aggregates (one row
 * per period and group); the definitions below are what its SQL implements.
 *
 * - received: cases received in the month (`received_at`), duplicates merged into another case left out;
 *   merged: those duplicates, counted on their own line.
 * - closed: cases whose `closed_at` is in the month; on time when `closed_at <= due_at`, late when after,
 *   no deadline when the case has no `due_at`.
 * - openAtEnd: at the end of the month (or now, for the running month) received, not merged, and not
 *   closed yet (`closed_at` empty or later); overdueAtEnd: those whose `due_at` had passed by then.
 *   Read from the current columns: reopening clears `closed_at`, so a reopened case loses its earlier
 *   closing and counts as open since its reception; `due_at` is the deadline in force now.
 * - answeredFromFaq / escalated: cases with an `answered_from_faq` / `escalated` event in the month.
 * - per agency: cases escalated to it in the month, answered by it in the month (`agency_answered`),
 *   answered within the deadline then in force (the escalation's, or an approved extension's), and
 *   cases open at the end of the month, past their `due_at`, still waiting for it: escalated to it and
 *   by then neither answered, returned, reopened nor on hold for the citizen.
 * - medianHoursToClose: median of `closed_at - received_at` in hours over the cases closed in the month.
 */
export interface ReportFigures {
  received: number;
  merged: number;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  closedNoDeadline: number;
  medianHoursToClose: number | null;
  openAtEnd: number;
  overdueAtEnd: number;
  answeredFromFaq: number;
  escalated: number;
  agencyAnswered: number;
  agencyAnsweredOnTime: number;
  unansweredOverdue: number;
}

export type ReportPeriod = 'current' | 'previous';
export type ReportDimension = 'total' | 'channel' | 'topic' | 'agency' | 'day';

/** One aggregate row of the report's SQL: some figures of one period for one group (key null: none). */
export type ReportRow = {
  period: ReportPeriod;
  dimension: ReportDimension;
  key: string | null;
} & Partial<ReportFigures>;

export const emptyReportFigures = (): ReportFigures => ({
  received: 0,
  merged: 0,
  closed: 0,
  closedOnTime: 0,
  closedLate: 0,
  closedNoDeadline: 0,
  medianHoursToClose: null,
  openAtEnd: 0,
  overdueAtEnd: 0,
  answeredFromFaq: 0,
  escalated: 0,
  agencyAnswered: 0,
  agencyAnsweredOnTime: 0,
  unansweredOverdue: 0,
});

/** The figures that are counts: rows of the same group add them up. */
const COUNTS = (Object.keys(emptyReportFigures()) as (keyof ReportFigures)[]).filter(
  (name): name is Exclude<keyof ReportFigures, 'medianHoursToClose'> => name !== 'medianHoursToClose',
);

/**
 * The figures of every group, the rows of the separate statements added together: a group's counts
 * may come from several rows (closings and open cases), its median from the one row that has it.
 */
export function collectFigures(rows: readonly ReportRow[]): Map<string, ReportFigures> {
  const groups = new Map<string, ReportFigures>();
  for (const row of rows) {
    const id = reportGroupId(row.period, row.dimension, row.key);
    const figures = groups.get(id) ?? emptyReportFigures();
    for (const name of COUNTS) figures[name] += row[name] ?? 0;
    if (row.medianHoursToClose !== undefined && row.medianHoursToClose !== null) {
      figures.medianHoursToClose = row.medianHoursToClose;
    }
    groups.set(id, figures);
  }
  return groups;
}

export const reportGroupId = (period: ReportPeriod, dimension: ReportDimension, key: string | null) =>
  `${period}|${dimension}|${key ?? ''}`;

/** The share of on-time among the cases that had a deadline, 0–1 to three decimals; null without any. */
export function onTimeRate(onTime: number, late: number): number | null {
  const total = onTime + late;
  return total > 0 ? Math.round((onTime / total) * 1000) / 1000 : null;
}

/**
 * The median the SQL computes with `percentile_cont(0.5)`: the middle value, or the mean of the two
 * middle values of an even count; null for no values.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Hours to one decimal, as the report prints them. */
export const roundHours = (hours: number | null): number | null =>
  hours === null ? null : Math.round(hours * 10) / 10;

/** This month against the previous one; null when either side has no value. */
export function figureChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return Math.round((current - previous) * 1000) / 1000;
}

import { CASE_CHANNELS, type CaseChannel } from '../cases/case-types.js';
import {
  collectFigures,
  emptyReportFigures,
  reportGroupId,
  onTimeRate,
  roundHours,
  type ReportFigures,
  type ReportPeriod,
  type ReportRow,
} from './figures.js';
import { daysOfMonth, type ReportWindow } from './month.js';

/** The totals of one month, in the order a report lists them (see ./figures.ts for definitions). */
export const TOTAL_FIGURES = [
  'received',
  'merged',
  'closed',
  'closedOnTime',
  'closedLate',
  'closedNoDeadline',
  'onTimeRate',
  'medianHoursToClose',
  'openAtEnd',
  'overdueAtEnd',
  'answeredFromFaq',
  'escalated',
] as const;
export type TotalFigure = (typeof TOTAL_FIGURES)[number];
export type MonthlyTotals = Record<Exclude<TotalFigure, 'onTimeRate' | 'medianHoursToClose'>, number> & {
  /** Closed on time among those closed with a deadline, 0–1; null when none had one. */
  onTimeRate: number | null;
  medianHoursToClose: number | null;
};

export interface AgencyFigures {
  agencyId: string;
  agencyName: string | null;
  escalated: number;
  answered: number;
  answeredOnTime: number;
  answeredOnTimeRate: number | null;
  unansweredOverdue: number;
}

/** A province's month in counts only: no case, no person, nothing a citizen wrote. */
export interface MonthlyReport {
  month: string;
  previousMonth: string;
  timeZone: string;
  /** First and last local date of the month. */
  from: string;
  to: string;
  /** When "at the end of the month" was counted: the month's end, or the time of the report. */
  asOf: string;
  complete: boolean;
  totals: MonthlyTotals;
  previous: MonthlyTotals;
  byChannel: { channel: CaseChannel; received: number; closed: number }[];
  byTopic: { topicId: string | null; topicName: string | null; received: number }[];
  byAgency: AgencyFigures[];
  byDay: { date: string; received: number }[];
}

export interface MonthlyReportInput {
  window: ReportWindow;
  timeZone: string;
  rows: readonly ReportRow[];
  topics: readonly { id: string; name: string }[];
  agencies: readonly { id: string; name: string }[];
}

function totalsOf({
  agencyAnswered: _answered,
  agencyAnsweredOnTime: _onTime,
  unansweredOverdue: _overdue,
  ...month
}: ReportFigures): MonthlyTotals {
  return {
    ...month,
    onTimeRate: onTimeRate(month.closedOnTime, month.closedLate),
    medianHoursToClose: roundHours(month.medianHoursToClose),
  };
}

type Groups = ReturnType<typeof collectFigures>;
const figuresOf = (
  groups: Groups,
  period: ReportPeriod,
  dimension: ReportRow['dimension'],
  key: string | null,
) => groups.get(reportGroupId(period, dimension, key)) ?? emptyReportFigures();

/** The keys of the current month's groups in one dimension. */
function keysOf(rows: readonly ReportRow[], dimension: ReportRow['dimension']): (string | null)[] {
  const keys = rows.filter((r) => r.period === 'current' && r.dimension === dimension).map((r) => r.key);
  return [...new Set(keys)];
}

/** Every topic of the province (none received: 0), then any other; most received first. */
function byTopic(input: MonthlyReportInput, groups: Groups): MonthlyReport['byTopic'] {
  const names = new Map(input.topics.map((t) => [t.id, t.name]));
  const ids = new Set<string | null>([...input.topics.map((t) => t.id), ...keysOf(input.rows, 'topic')]);
  return [...ids]
    .map((topicId) => ({
      topicId,
      topicName: topicId === null ? null : (names.get(topicId) ?? null),
      received: figuresOf(groups, 'current', 'topic', topicId).received,
    }))
    .filter((t) => t.topicId !== null || t.received > 0)
    .sort((a, b) => b.received - a.received);
}

/** Agencies with anything to show this month, most escalations first. */
function byAgency(input: MonthlyReportInput, groups: Groups): AgencyFigures[] {
  const names = new Map(input.agencies.map((a) => [a.id, a.name]));
  return keysOf(input.rows, 'agency')
    .filter((id): id is string => id !== null)
    .map((agencyId) => {
      const f = figuresOf(groups, 'current', 'agency', agencyId);
      return {
        agencyId,
        agencyName: names.get(agencyId) ?? null,
        escalated: f.escalated,
        answered: f.agencyAnswered,
        answeredOnTime: f.agencyAnsweredOnTime,
        answeredOnTimeRate: onTimeRate(f.agencyAnsweredOnTime, f.agencyAnswered - f.agencyAnsweredOnTime),
        unansweredOverdue: f.unansweredOverdue,
      };
    })
    .filter((a) => a.escalated + a.answered + a.unansweredOverdue > 0)
    .sort(
      (a, b) => b.escalated - a.escalated || (a.agencyName ?? '').localeCompare(b.agencyName ?? '', 'vi'),
    );
}

/** The report from the aggregate rows: totals of both months, the month's breakdowns, zeros filled in. */
export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const { window } = input;
  const groups = collectFigures(input.rows);
  const days = daysOfMonth(window.month);
  return {
    month: window.month,
    previousMonth: window.previousMonth,
    timeZone: input.timeZone,
    from: days[0]!,
    to: days.at(-1)!,
    asOf: window.asOf.toISOString(),
    complete: window.complete,
    totals: totalsOf(figuresOf(groups, 'current', 'total', null)),
    previous: totalsOf(figuresOf(groups, 'previous', 'total', null)),
    byChannel: CASE_CHANNELS.map((channel) => {
      const f = figuresOf(groups, 'current', 'channel', channel);
      return { channel, received: f.received, closed: f.closed };
    }),
    byTopic: byTopic(input, groups),
    byAgency: byAgency(input, groups),
    byDay: days.map((date) => ({ date, received: figuresOf(groups, 'current', 'day', date).received })),
  };
}

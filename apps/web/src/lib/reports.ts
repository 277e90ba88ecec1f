import {
  addMonths,
  figureChange,
  monthLabel,
  TOTAL_FIGURES,
  type MonthlyReport,
  type TotalFigure,
} from '@tongdai/core';
import { formatDate, formatDateTime } from './format.js';
import { t, type Locale } from './i18n/index.js';

/** Numbers as the reader's language writes them: 1.234 and 12,5 in Vietnamese. */
const NUMBER_LOCALES: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const NONE = '—';

const number = (locale: Locale, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(NUMBER_LOCALES[locale], options);

export const formatCount = (value: number, locale: Locale) => number(locale).format(value);

export function formatHours(value: number | null, locale: Locale): string {
  if (value === null) return NONE;
  return number(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A share 0–1 as a percentage with one decimal. */
export function formatRate(value: number | null, locale: Locale): string {
  if (value === null) return NONE;
  return number(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
}

const KIND: Partial<Record<TotalFigure, 'rate' | 'hours'>> = {
  onTimeRate: 'rate',
  medianHoursToClose: 'hours',
};

function formatFigure(name: TotalFigure, value: number | null, locale: Locale): string {
  if (KIND[name] === 'rate') return formatRate(value, locale);
  if (KIND[name] === 'hours') return formatHours(value, locale);
  return value === null ? NONE : formatCount(value, locale);
}

/** This month against the last, signed; a share's change in percentage points. */
function formatChange(name: TotalFigure, current: number | null, previous: number | null, locale: Locale) {
  const change = figureChange(current, previous);
  if (change === null) return NONE;
  const kind = KIND[name];
  const digits = kind ? 1 : 0;
  const signed = number(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (kind === 'rate') return t(locale, 'report.points', { value: signed.format(change * 100) });
  return signed.format(change);
}

/** 'yyyy-mm-dd' (a local date) → 'dd/mm/yyyy'. */
const localDate = (date: string) => formatDate(`${date}T12:00:00+07:00`);

/** One table of the report: a label column, then numbers; a total row where the numbers add up. */
export interface ReportTable {
  id: 'totals' | 'channels' | 'topics' | 'agencies' | 'days';
  title: string;
  heading: string;
  columns: string[];
  rows: { key: string; label: string; values: string[] }[];
  total: string[] | null;
  /** What to say instead of a table without rows. */
  empty: string;
}

function totalsTable(report: MonthlyReport, locale: Locale): ReportTable {
  const month = (m: string) => t(locale, 'report.monthLabel', { month: monthLabel(m) });
  return {
    id: 'totals',
    title: t(locale, 'report.totals'),
    heading: t(locale, 'report.figure'),
    columns: [month(report.month), month(report.previousMonth), t(locale, 'report.change')],
    rows: TOTAL_FIGURES.map((name) => ({
      key: name,
      label: t(locale, `report.total.${name}`),
      values: [
        formatFigure(name, report.totals[name], locale),
        formatFigure(name, report.previous[name], locale),
        formatChange(name, report.totals[name], report.previous[name], locale),
      ],
    })),
    total: null,
    empty: t(locale, 'report.empty'),
  };
}

function agencyTable(report: MonthlyReport, locale: Locale): ReportTable {
  const count = (n: number) => formatCount(n, locale);
  return {
    id: 'agencies',
    title: t(locale, 'report.byAgency'),
    heading: t(locale, 'report.agency'),
    columns: [
      t(locale, 'report.escalated'),
      t(locale, 'report.answered'),
      t(locale, 'report.answeredOnTime'),
      t(locale, 'report.unansweredOverdue'),
    ],
    rows: report.byAgency.map((a) => ({
      key: a.agencyId,
      label: a.agencyName ?? t(locale, 'report.deletedAgency'),
      values: [
        count(a.escalated),
        count(a.answered),
        `${count(a.answeredOnTime)} (${formatRate(a.answeredOnTimeRate, locale)})`,
        count(a.unansweredOverdue),
      ],
    })),
    total: null,
    empty: t(locale, 'report.noAgency'),
  };
}

/** The month's received cases by channel, topic and day: each adds up to the month's total. */
function receivedTables(report: MonthlyReport, locale: Locale): ReportTable[] {
  const count = (n: number) => formatCount(n, locale);
  const received = t(locale, 'report.received');
  const total = [count(report.totals.received)];
  return [
    {
      id: 'channels',
      title: t(locale, 'report.byChannel'),
      heading: t(locale, 'report.channel'),
      columns: [received, t(locale, 'report.closed')],
      rows: report.byChannel.map((c) => ({
        key: c.channel,
        label: t(locale, `channel.${c.channel}`),
        values: [count(c.received), count(c.closed)],
      })),
      total: [...total, count(report.totals.closed)],
      empty: t(locale, 'report.empty'),
    },
    {
      id: 'topics',
      title: t(locale, 'report.byTopic'),
      heading: t(locale, 'report.topic'),
      columns: [received],
      rows: report.byTopic.map((topic) => ({
        key: topic.topicId ?? '',
        label:
          topic.topicId === null
            ? t(locale, 'report.unclassified')
            : (topic.topicName ?? t(locale, 'report.deletedTopic')),
        values: [count(topic.received)],
      })),
      total,
      empty: t(locale, 'report.empty'),
    },
  ];
}

function dayTable(report: MonthlyReport, locale: Locale): ReportTable {
  return {
    id: 'days',
    title: t(locale, 'report.byDay'),
    heading: t(locale, 'report.day'),
    columns: [t(locale, 'report.received')],
    rows: report.byDay.map((d) => ({
      key: d.date,
      label: localDate(d.date),
      values: [formatCount(d.received, locale)],
    })),
    total: [formatCount(report.totals.received, locale)],
    empty: t(locale, 'report.empty'),
  };
}

/** Everything the report page shows, as text in the reader's language. */
export function reportView(report: MonthlyReport, locale: Locale) {
  const next = addMonths(report.month, 1);
  return {
    month: report.month,
    label: monthLabel(report.month),
    period: t(locale, 'report.period', { from: localDate(report.from), to: localDate(report.to) }),
    running: report.complete ? null : t(locale, 'report.running', { asOf: formatDateTime(report.asOf) }),
    previous: { month: report.previousMonth, label: monthLabel(report.previousMonth) },
    next: report.complete ? { month: next, label: monthLabel(next) } : null,
    tables: [
      totalsTable(report, locale),
      ...receivedTables(report, locale),
      agencyTable(report, locale),
      dayTable(report, locale),
    ],
  };
}

export type ReportView = ReturnType<typeof reportView>;

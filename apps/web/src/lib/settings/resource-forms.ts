import { formRows, orNull, remapPath, ticked, type Values } from './form-rows.js';
import { parseScheduleText } from './schedule-text.js';
import { parseVnDate } from './vn-date.js';

/** A problem the form itself found before any schema ran, as a message key for the person's language. */
export interface FormProblem {
  path: string;
  key:
    | 'settings.schedule.day'
    | 'settings.schedule.time'
    | 'settings.schedule.order'
    | 'settings.schedule.group'
    | 'settings.date.invalid';
  params?: Record<string, string>;
}

/** What a settings form sends to the API, before the API's schema checks it. */
export interface Built {
  input: Record<string, unknown>;
  /** Maps a schema or API issue path to the form field it concerns. */
  map: (path: string) => string;
  problems: FormProblem[];
}

const same = (path: string) => path;
const text = (values: Values, name: string) => values[name] ?? '';
const optionalText = (values: Values, name: string) =>
  text(values, name).trim() === '' ? undefined : text(values, name);
/** '' stays undefined so the schema says "a number is needed"; anything else goes through Number(). */
const amount = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : Number(value);

export function provinceFromForm(values: Values): Built {
  return {
    input: { officialName: text(values, 'officialName'), areaCode: text(values, 'areaCode') },
    map: same,
    problems: [],
  };
}

/** An empty secret field keeps the stored secret; "clear" removes it. */
export function channelFromForm(values: Values): Built {
  const secret = ticked(values, 'clearSecret') ? null : optionalText(values, 'secret');
  return {
    input: {
      kind: text(values, 'kind'),
      label: text(values, 'label'),
      value: text(values, 'value'),
      note: text(values, 'note'),
      ...(secret !== undefined ? { secret } : {}),
    },
    map: same,
    problems: [],
  };
}

export function topicFromForm(values: Values): Built {
  return {
    input: {
      code: text(values, 'code'),
      name: text(values, 'name'),
      defaultAgencyId: orNull(values.defaultAgencyId),
      slaClassId: orNull(values.slaClassId),
    },
    map: same,
    problems: [],
  };
}

/** Hotline rows are kept in the order of their "order" field (then form order); blank numbers are left out. */
export function agencyFromForm(values: Values): Built {
  const { rows, rowOf } = formRows(values, 'hotlines', (r) => !r.phone?.trim());
  const order = rows.map((row, i) => ({ row, formRow: rowOf[i]!, rank: Number(row.order) || rowOf[i]! + 1 }));
  order.sort((a, b) => a.rank - b.rank || a.formRow - b.formRow);
  const problems: FormProblem[] = [];
  const hotlines = order.map(({ row, formRow }) => {
    const parsed = parseScheduleText(row.schedule ?? '');
    if (!parsed.ok) {
      problems.push({
        path: `hotlines.${formRow}.schedule`,
        key: `settings.schedule.${parsed.error}`,
        params: { text: parsed.text },
      });
    }
    return {
      phone: row.phone ?? '',
      active: ticked(row, 'active'),
      schedule: parsed.ok ? parsed.schedule : { kind: '24/7' },
    };
  });
  const sortedRowOf = order.map((o) => o.formRow);
  return {
    input: {
      code: text(values, 'code'),
      name: text(values, 'name'),
      kind: text(values, 'kind'),
      parentId: orNull(values.parentId),
      ...(optionalText(values, 'contactEmail') !== undefined ? { contactEmail: values.contactEmail } : {}),
      transferEnabled: ticked(values, 'transferEnabled'),
      active: ticked(values, 'active'),
      hotlines,
    },
    map: (path) => remapPath(path, 'hotlines', sortedRowOf),
    problems,
  };
}

export function slaClassFromForm(values: Values): Built {
  return {
    input: {
      code: text(values, 'code'),
      name: text(values, 'name'),
      acknowledgeAmount: amount(values.acknowledgeAmount),
      acknowledgeUnit: text(values, 'acknowledgeUnit'),
      answerAmount: amount(values.answerAmount),
      answerUnit: text(values, 'answerUnit'),
    },
    map: same,
    problems: [],
  };
}

/** Shifts `officeHours.N.start/end` (blank pairs left out) and ticked `weekday.1` … `weekday.7`. */
export function calendarFromForm(values: Values): Built {
  const { rows, rowOf } = formRows(values, 'officeHours', (r) => !r.start?.trim() && !r.end?.trim());
  const workingWeekdays = [1, 2, 3, 4, 5, 6, 7].filter((d) => ticked(values, `weekday.${d}`));
  return {
    input: {
      officeHours: rows.map((r) => ({ start: (r.start ?? '').trim(), end: (r.end ?? '').trim() })),
      workingWeekdays,
    },
    map: (path) => remapPath(path, 'officeHours', rowOf),
    problems: [],
  };
}

/** The day is typed dd/mm/yyyy; the API takes yyyy-mm-dd. */
export function calendarDayFromForm(values: Values): Built {
  const typed = text(values, 'day');
  const day = parseVnDate(typed);
  return {
    input: { day: day ?? typed, kind: text(values, 'kind'), name: text(values, 'name') },
    map: same,
    problems: day ? [] : [{ path: 'day', key: 'settings.date.invalid', params: { text: typed } }],
  };
}

/** Agencies are ticked as `agency.<id>`, kept in the order the form lists them. */
export function ivrBranchFromForm(values: Values): Built {
  const agencyIds = Object.keys(values)
    .filter((name) => name.startsWith('agency.') && ticked(values, name))
    .map((name) => name.slice('agency.'.length));
  return {
    input: {
      digit: text(values, 'digit'),
      label: text(values, 'label'),
      topicId: orNull(values.topicId),
      agencyIds,
    },
    map: (path) => (path.startsWith('agencyIds') ? 'agencyIds' : path),
    problems: [],
  };
}

/** One week of a branch's roster; rows without a name and a phone are left out. */
export function rosterFromForm(values: Values): Built {
  const { rows, rowOf } = formRows(values, 'entries', (r) => !r.name?.trim() && !r.phone?.trim());
  return {
    input: {
      weekStart: text(values, 'weekStart'),
      entries: rows.map((r) => ({
        agencyId: orNull(r.agencyId),
        weekday: Number(r.weekday),
        startTime: (r.startTime ?? '').trim(),
        endTime: (r.endTime ?? '').trim(),
        name: r.name ?? '',
        phone: r.phone ?? '',
        ...(r.email?.trim() ? { email: r.email } : {}),
      })),
    },
    map: (path) => {
      const mapped = remapPath(path, 'entries', rowOf);
      // A check across a row's fields (end after start) has no field of its own: show it at the end time.
      return /^entries\.\d+$/.test(mapped) ? `${mapped}.endTime` : mapped;
    },
    problems: [],
  };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the API expects for an uploaded directory file, from its name and the browser's type. */
export function importContentType(name: string, type: string): 'text/csv' | typeof XLSX_TYPE | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx') || type === XLSX_TYPE) return XLSX_TYPE;
  // Browsers on Windows with Excel installed label .csv files application/vnd.ms-excel.
  if (lower.endsWith('.csv') || ['text/csv', 'application/csv', 'application/vnd.ms-excel'].includes(type)) {
    return 'text/csv';
  }
  return null;
}

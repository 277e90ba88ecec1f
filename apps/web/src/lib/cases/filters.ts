import type { CaseChannel } from '@tongdai/contracts';
import type { CaseStatus } from '@tongdai/core';
import { isUuid } from '@tongdai/core/ids';

/**
 * The inbox filters as the URL keeps them (`?status=escalated&sla=at_risk&mine=1…`) and as the cases
 * API wants them. Pure and shared by the server load and the browser (of core only the import-free
 * `@tongdai/core/ids`: it stays small).
 */
export const CASE_STATUS_VALUES = [
  'received',
  'classified',
  'transferring',
  'escalated',
  'acknowledged',
  'waiting_citizen',
  'answered',
  'relayed',
  'closed',
  'merged',
] as const satisfies readonly CaseStatus[];

export const CHANNEL_VALUES = [
  'hotline',
  'portal',
  'email',
  'zalo',
  'facebook',
] as const satisfies readonly CaseChannel[];
export const SLA_STATE_VALUES = ['on_track', 'at_risk', 'breached'] as const;
export type SlaStateValue = (typeof SLA_STATE_VALUES)[number];

/** `open`: every status but closed and merged (the default); `all`: no status filter. */
export type StatusFilter = 'open' | 'all' | CaseStatus;

export interface InboxFilters {
  status: StatusFilter;
  channel: CaseChannel | null;
  topicId: string | null;
  agencyId: string | null;
  slaState: SlaStateValue | null;
  mine: boolean;
  /** yyyy-mm-dd, whole days in Vietnam's time zone. */
  from: string | null;
  to: string | null;
  q: string | null;
}

export const DEFAULT_FILTERS: InboxFilters = {
  status: 'open',
  channel: null,
  topicId: null,
  agencyId: null,
  slaState: null,
  mine: false,
  from: null,
  to: null,
  q: null,
};

/** URL parameter of each filter. */
const PARAM = {
  status: 'status',
  channel: 'channel',
  topicId: 'topic',
  agencyId: 'agency',
  slaState: 'sla',
  mine: 'mine',
  from: 'from',
  to: 'to',
  q: 'q',
} as const satisfies Record<keyof InboxFilters, string>;

function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const pick = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;

export interface ParsedFilters {
  filters: InboxFilters;
  /** Filters in the URL that were not understood and are ignored (shown to the person). */
  ignored: (keyof InboxFilters)[];
}

/** Reads the filters from a query string; what cannot be used is dropped and reported, never sent on. */
export function filtersFromSearch(params: URLSearchParams): ParsedFilters {
  const ignored: (keyof InboxFilters)[] = [];
  const read = (key: keyof InboxFilters) => {
    const raw = params.get(PARAM[key])?.trim() ?? '';
    return raw === '' ? null : raw;
  };
  const checked = <T>(key: keyof InboxFilters, raw: string | null, value: T | null): T | null => {
    if (raw !== null && value === null) ignored.push(key);
    return value;
  };

  const rawStatus = read('status');
  const status: StatusFilter | null =
    rawStatus === 'open' || rawStatus === 'all' ? rawStatus : pick(CASE_STATUS_VALUES, rawStatus);
  const rawTopic = read('topicId');
  const rawAgency = read('agencyId');
  const rawFrom = read('from');
  const rawTo = read('to');
  const rawQ = read('q');
  let from = checked('from', rawFrom, rawFrom && isRealDay(rawFrom) ? rawFrom : null);
  let to = checked('to', rawTo, rawTo && isRealDay(rawTo) ? rawTo : null);
  if (from && to && from > to) [from, to] = [to, from];

  const filters: InboxFilters = {
    status: checked('status', rawStatus, status) ?? 'open',
    channel: checked('channel', read('channel'), pick(CHANNEL_VALUES, read('channel'))),
    topicId: checked('topicId', rawTopic, rawTopic && isUuid(rawTopic) ? rawTopic.toLowerCase() : null),
    agencyId: checked('agencyId', rawAgency, rawAgency && isUuid(rawAgency) ? rawAgency.toLowerCase() : null),
    slaState: checked('slaState', read('slaState'), pick(SLA_STATE_VALUES, read('slaState'))),
    mine: read('mine') === '1',
    from,
    to,
    // The API searches from two characters on.
    q: checked('q', rawQ, rawQ && rawQ.length >= 2 ? rawQ.slice(0, 200) : null),
  };
  return { filters, ignored };
}

/** The query string that shows these filters; defaults are left out so URLs stay short. */
export function filtersToSearch(filters: InboxFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.status !== DEFAULT_FILTERS.status) out.set(PARAM.status, filters.status);
  if (filters.channel) out.set(PARAM.channel, filters.channel);
  if (filters.topicId) out.set(PARAM.topicId, filters.topicId);
  if (filters.agencyId) out.set(PARAM.agencyId, filters.agencyId);
  if (filters.slaState) out.set(PARAM.slaState, filters.slaState);
  if (filters.mine) out.set(PARAM.mine, '1');
  if (filters.from) out.set(PARAM.from, filters.from);
  if (filters.to) out.set(PARAM.to, filters.to);
  if (filters.q) out.set(PARAM.q, filters.q);
  return out;
}

export interface PageRequest {
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

/** The `GET /v1/cases` query for these filters (all values strings, as a query string carries them). */
export function apiQuery(filters: InboxFilters, page: PageRequest = {}): Record<string, string> {
  const q: Record<string, string> = {};
  if (filters.status !== 'all') q.status = filters.status;
  if (filters.channel) q.channel = filters.channel;
  if (filters.topicId) q.topicId = filters.topicId;
  if (filters.agencyId) q.agencyId = filters.agencyId;
  if (filters.slaState) q.slaState = filters.slaState;
  if (filters.mine) q.operatorId = 'me';
  if (filters.from) q.from = filters.from;
  if (filters.to) q.to = filters.to;
  if (filters.q) q.q = filters.q;
  if (page.cursor) q.cursor = page.cursor;
  if (page.limit !== undefined) q.limit = String(Math.min(100, Math.max(1, Math.round(page.limit))));
  return q;
}

/** How many filters differ from the default view (for "3 bộ lọc đang dùng"). */
export function activeFilterCount(filters: InboxFilters): number {
  return [...filtersToSearch(filters).keys()].length;
}

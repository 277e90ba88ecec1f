import { AuditQuery } from '@tongdai/contracts';
import { formatDateTimeSeconds } from '$lib/format.js';
import { apiClient, type ApiEvent } from './api.js';
import { parseForm } from './forms.js';
import { unwrapFor } from './guards.js';

const FILTERS = ['action', 'actor', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number] | 'before', string>>;

/** Fields the GET form sent, without the empty ones (an empty date means "no bound"). */
export function auditFilters(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const name of [...FILTERS, 'before'] as const) {
    const value = params.get(name)?.trim();
    if (value) out[name] = value;
  }
  return out;
}

function flat(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  return Object.entries(value)
    .map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : (v ?? '—')}`)
    .join(', ');
}

/** `details` as one readable line: `from: role=operator, status=pending · to: …`. */
export function describeDetails(details: unknown): string {
  if (typeof details !== 'object' || details === null) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${flat(value)}`)
    .join(' · ');
}

/** One page of this scope's audit log (the API picks province or platform from the host). */
export async function loadAudit(event: ApiEvent) {
  const filters = auditFilters(event.url.searchParams);
  const { before, ...shown } = filters;
  const parsed = parseForm(AuditQuery, filters);
  if (!parsed.ok)
    return { filters: shown, errors: parsed.errors, entries: [], olderHref: null, paged: false };
  const res = await apiClient(event).v1.audit.$get({ query: filters });
  const { entries, nextBefore } = await unwrapFor(event, res);
  const older = nextBefore ? new URLSearchParams({ ...shown, before: String(nextBefore) }) : null;
  return {
    filters: shown,
    errors: {} as Record<string, string>,
    paged: before !== undefined,
    olderHref: older ? `?${older}` : null,
    entries: entries.map((e) => ({
      id: e.id,
      time: formatDateTimeSeconds(e.at),
      actorEmail: e.actorEmail,
      action: e.action,
      target: e.targetType ? `${e.targetType}${e.targetId ? ` ${e.targetId}` : ''}` : null,
      ip: e.ip,
      details: describeDetails(e.details),
    })),
  };
}

export type AuditData = Awaited<ReturnType<typeof loadAudit>>;

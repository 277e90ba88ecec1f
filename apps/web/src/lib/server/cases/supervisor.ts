import type { RequestEvent } from '@sveltejs/kit';
import { isUuid } from '@tongdai/core';
import { caseRow } from '$lib/cases/display.js';
import { apiClient, unwrap } from '../api.js';
import { requirePermission, unwrapFor } from '../guards.js';
import { requireTenant } from '../tenant.js';
import { loadNotifications } from './notifications.js';

type SupervisorEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'
>;

const QUEUE_LIMIT = 50;

const idParam = (url: URL, name: string) => {
  const raw = url.searchParams.get(name)?.trim() ?? '';
  return isUuid(raw) ? raw.toLowerCase() : null;
};

/**
 * Supervisors' view: open cases per agency and operator by SLA state, the at-risk and breached
 * queues (nearest deadline first, optionally for one agency or operator), the unassigned queue and
 * their notifications.
 */
export async function loadSupervisor(event: SupervisorEvent) {
  const profile = requireTenant(event.locals);
  const user = requirePermission(event, 'cases.supervise');
  const agencyId = idParam(event.url, 'agency');
  const operatorId = idParam(event.url, 'operator');
  const allNotifications = event.url.searchParams.get('notifications') === 'all';
  const queueQuery = {
    ...(agencyId ? { agencyId } : {}),
    ...(operatorId ? { operatorId } : {}),
    limit: String(QUEUE_LIMIT),
  };
  const api = apiClient(event);
  const [counts, atRisk, breached, unassigned, { agencies }, notifications] = await Promise.all([
    api.v1.cases.queues.counts.$get().then((res) => unwrapFor(event, res)),
    api.v1.cases.queues['at-risk'].$get({ query: queueQuery }).then((res) => unwrapFor(event, res)),
    api.v1.cases.queues.breached.$get({ query: queueQuery }).then((res) => unwrapFor(event, res)),
    api.v1.cases
      .$get({
        query: { status: 'open', operatorId: 'none', limit: '20', ...(agencyId ? { agencyId } : {}) },
      })
      .then((res) => unwrapFor(event, res)),
    api.v1.agencies.$get().then(unwrap),
    loadNotifications(event, !allNotifications),
  ]);
  const total = counts.byAgency.reduce(
    (sum, r) => ({
      total: sum.total + r.total,
      onTrack: sum.onTrack + r.onTrack,
      atRisk: sum.atRisk + r.atRisk,
      breached: sum.breached + r.breached,
    }),
    { total: 0, onTrack: 0, atRisk: 0, breached: 0 },
  );
  const permissions = user.permissions as readonly string[];
  return {
    tenantName: profile.tenant.officialName,
    me: { name: user.user.name, role: user.role },
    canHandle: permissions.includes('cases.handle'),
    filter: { agencyId, operatorId },
    total,
    byAgency: [...counts.byAgency].sort(
      (a, b) => b.breached - a.breached || b.atRisk - a.atRisk || b.total - a.total,
    ),
    byOperator: [...counts.byOperator].sort(
      (a, b) => b.breached - a.breached || b.atRisk - a.atRisk || b.total - a.total,
    ),
    atRisk: atRisk.cases.map(caseRow),
    breached: breached.cases.map(caseRow),
    unassigned: unassigned.cases.map(caseRow),
    agencies: agencies.map((a) => ({ value: a.id, label: a.name })),
    operators: counts.byOperator.flatMap((o) =>
      o.operatorId ? [{ value: o.operatorId, label: o.operatorName ?? o.operatorId }] : [],
    ),
    notifications,
    allNotifications,
  };
}

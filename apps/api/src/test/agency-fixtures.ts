import type { CaseStateView } from '@tongdai/contracts';
import type { TestProvince } from '@tongdai/test-utils';
import { expect } from 'vitest';
import { caller, newKey, provinceIds, signIn, type ProvinceIds } from './case-fixtures.js';
import type { Harness } from './harness.js';
import type postgres from 'postgres';

/** A province set up for the agency-side tests: an operator, a supervisor, two agencies with staff. */
export async function agencyProvince(h: Harness, sql: postgres.Sql, p: TestProvince) {
  const ids: ProvinceIds = await provinceIds(sql, p.id);
  const [agencyA, agencyB] = ids.agencies as [
    ProvinceIds['agencies'][number],
    ProvinceIds['agencies'][number],
  ];
  const topic = ids.topics.find((t) => t.slaClassId)!;
  const operator = await signIn(h, p, 'operator');
  const supervisor = await signIn(h, p, 'supervisor');
  const staffA = await signIn(h, p, 'agency_staff', agencyA.id);
  const staffB = await signIn(h, p, 'agency_staff', agencyB.id);
  const as = {
    operator: caller(h, p, operator.cookie),
    supervisor: caller(h, p, supervisor.cookie),
    staffA: caller(h, p, staffA.cookie),
    staffB: caller(h, p, staffB.cookie),
  };

  async function act(who: ReturnType<typeof caller>, s: CaseStateView, action: string, json: object = {}) {
    const res = await who(`/v1/cases/${s.id}/${action}`, { json: { version: s.version, ...json } });
    if (res.status >= 300) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.case as CaseStateView;
  }

  async function newCase(
    content = 'Hỏi về lịch tiêm chủng mở rộng tại phường',
    citizen: Record<string, string> = { phone: '0913680916', email: 'dan@example.test' },
    channel = 'hotline',
  ) {
    const res = await as.operator('/v1/cases', {
      json: { channel, content, citizen },
      headers: { 'idempotency-key': newKey() },
    });
    expect(res.status).toBe(201);
    return res.body.case as CaseStateView;
  }

  /** A case escalated in writing to `agency`, through the API as the operator. */
  async function escalated(
    agency = agencyA,
    content?: string,
    citizen?: Record<string, string>,
    channel?: string,
  ) {
    const received = await newCase(content, citizen, channel);
    const classified = await act(as.operator, received, 'classify', { topicId: topic.id });
    return act(as.operator, classified, 'escalate', { agencyId: agency.id });
  }

  return { ids, agencyA, agencyB, topic, operator, supervisor, staffA, staffB, as, act, newCase, escalated };
}

export type AgencyProvince = Awaited<ReturnType<typeof agencyProvince>>;

/** An ISO instant `days` after `iso` (a deadline to ask for). */
export const daysAfter = (iso: string | null, days: number) =>
  new Date(new Date(iso ?? Date.now()).getTime() + days * 86_400_000).toISOString();

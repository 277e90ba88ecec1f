import { createProvince, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../bench/generate-cases.js';
import type { Tx } from '../client.js';
import * as queries from '../queries/index.js';
import * as schema from '../schema/index.js';

/**
 * The inbox's queries, built by the real query code and run as the app role under row-level security,
 * must reach `cases` through an index (never a sequential scan), on a modest generated dataset.
 */
const urls = testDatabaseUrls();
const admin = postgres(urls.adminUrl, { max: 1, onnotice: () => undefined });
const app = postgres(urls.appUrl, { max: 1, onnotice: () => undefined });
const builder = drizzle(app, { schema }) as unknown as Tx;
let p: TestProvince;
let ids: { topic: string; agency: string; operator: string };

beforeAll(async () => {
  p = await createProvince(urls.adminUrl);
  await createProvince(urls.adminUrl);
  await generateCases(admin, { tenantId: p.id, count: 30_000, chunk: 15_000 });
  const [row] = await admin`select topic_id, agency_id, operator_id from cases
    where tenant_id = ${p.id} and agency_id is not null and operator_id is not null and topic_id is not null limit 1`;
  ids = { topic: row!.topic_id, agency: row!.agency_id, operator: row!.operator_id };
}, 120_000);
afterAll(async () => {
  await app.end();
  await admin.end();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Subplan Name'?: string;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

async function planOf(
  query: { toSQL: () => { sql: string; params: unknown[] } },
  role = 'operator',
  agencyId = '',
) {
  const { sql, params } = query.toSQL();
  return app.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${p.id}, true), set_config('app.role', ${role}, true),
                    set_config('app.agency_id', ${agencyId}, true)`;
    const [row] = await tx.unsafe(
      `explain (format json) ${sql}`,
      params as postgres.ParameterOrJSON<never>[],
    );
    return nodes((row as unknown as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]!.Plan);
  });
}

const list = (f: Partial<queries.CaseListFilter>) =>
  queries.caseListQuery(builder, p.id, { limit: 51, ...f });

describe('inbox query plans at 30,000 cases (app role, row-level security)', () => {
  const cases: [string, () => { toSQL: () => { sql: string; params: unknown[] } }][] = [
    ['default list', () => list({})],
    [
      'next page',
      () => list({ after: { receivedAt: new Date(Date.now() - 200 * 86_400_000), id: crypto.randomUUID() } }),
    ],
    ['status', () => list({ statuses: ['waiting_citizen'] })],
    [
      'open statuses',
      () =>
        list({
          statuses: [
            'received',
            'classified',
            'transferring',
            'escalated',
            'acknowledged',
            'waiting_citizen',
            'answered',
            'relayed',
          ],
        }),
    ],
    ['channel', () => list({ channel: 'facebook' })],
    ['topic', () => list({ topicId: ids.topic })],
    ['agency', () => list({ agencyId: ids.agency })],
    ['sla state', () => list({ slaState: 'breached' })],
    ['operator', () => list({ operatorId: ids.operator })],
    ['unassigned', () => list({ operatorId: null })],
    [
      'date range',
      () =>
        list({ from: new Date(Date.now() - 40 * 86_400_000), to: new Date(Date.now() - 30 * 86_400_000) }),
    ],
    ['text search', () => queries.textSearchQuery(builder, p.id, { limit: 51, text: 'xet nghiem' })],
    ['code', () => list({ code: 'TH-2026-000123' })],
    ['phone', () => list({ phone: '+84900012345' })],
    ['at-risk queue', () => queries.listCaseQueue(builder, p.id, 'at_risk', { limit: 50 })],
  ];
  for (const [name, query] of cases) {
    it(`${name}: uses an index, no sequential scan on cases`, async () => {
      const plan = await planOf(query());
      const onCases = plan.filter((n) => n['Relation Name'] === 'cases');
      expect(onCases.length, name).toBeGreaterThan(0);
      expect(
        onCases.map((n) => n['Node Type']),
        name,
      ).not.toContain('Seq Scan');
    });
  }

  it('text search: the newest-first probe and window, then the GIN index with one condition per word', async () => {
    const query = queries.textSearchQuery(builder, p.id, { limit: 51, text: 'karaoke hoang quang' });
    const plan = await planOf(query);
    expect(plan.filter((n) => n['Index Name'] === 'cases_inbox')).toHaveLength(2);
    const gin = plan.filter((n) => n['Index Name'] === 'cases_search');
    expect(gin).toHaveLength(1);
    expect(gin[0]!['Index Cond']?.match(/@@/g)).toHaveLength(3);
    expect(plan.filter((n) => n['Relation Name'] === 'cases').map((n) => n['Node Type'])).not.toContain(
      'Seq Scan',
    );
  });

  describe('text search: each step runs only when the one before could not fill the page', () => {
    /** Which of the three steps read any rows, from the executed plan. */
    async function stepsRun(text: string) {
      const { sql, params } = queries.textSearchQuery(builder, p.id, { limit: 51, text }).toSQL();
      const plan = await app.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${p.id}, true), set_config('app.role', 'operator', true)`;
        const [row] = await tx.unsafe(
          `explain (analyze, format json) ${sql}`,
          params as postgres.ParameterOrJSON<never>[],
        );
        return (row as unknown as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]!.Plan;
      });
      const ran = (root: PlanNode | undefined, index: string) =>
        !!root && nodes(root).some((n) => n['Index Name'] === index && (n['Actual Loops'] ?? 0) > 0);
      const cte = (name: string) => nodes(plan).find((n) => n['Subplan Name'] === `CTE ${name}`);
      return {
        probe: ran(cte('probe'), 'cases_inbox'),
        window: ran(cte('recent'), 'cases_inbox'),
        gin: ran(plan, 'cases_search'),
      };
    }

    it('a common phrase fills the page from the newest 1,000 cases', async () => {
      expect(await stepsRun('phản ánh')).toEqual({ probe: true, window: false, gin: false });
    });
    it('a word in a few percent of cases: the probe promises a page, the newest 4,000 give it', async () => {
      expect(await stepsRun('karaoke')).toEqual({ probe: true, window: true, gin: false });
    });
    it('words that rarely meet skip the window and go to the GIN index', async () => {
      expect(await stepsRun('karaoke hoang quang')).toEqual({ probe: true, window: false, gin: true });
    });
  });

  it('the text-search index keeps no pending list (new cases are searchable without a linear read)', async () => {
    const [row] = await admin<{ options: string[] | null }[]>`
      select reloptions as options from pg_class where relname = 'cases_search'`;
    expect(row!.options).toContain('fastupdate=false');
  });

  it('open counts: one index-only scan, aggregated in index order (no sort, no hash)', async () => {
    const plan = await planOf(queries.openCountsQuery(builder, p.id), 'supervisor');
    const types = plan.map((n) => n['Node Type']);
    expect(plan.map((n) => n['Index Name'])).toContain('cases_open_counts');
    expect(types).toContain('Index Only Scan');
    expect(types).not.toContain('Sort');
    expect(plan.filter((n) => n['Node Type'] === 'Aggregate').length).toBeGreaterThan(0);
  });

  it('agency staff: their agency filter uses the agency index', async () => {
    const plan = await planOf(list({ agencyId: ids.agency }), 'agency_staff', ids.agency);
    expect(plan.filter((n) => n['Relation Name'] === 'cases').map((n) => n['Node Type'])).not.toContain(
      'Seq Scan',
    );
  });
});

describe('text search answers exactly what a full scan answers', () => {
  /** The newest 51 matches by brute force: every case of the province, the whole query checked. */
  async function bruteForce(text: string) {
    const rows = await admin`select id from cases
      where tenant_id = ${p.id} and search_vector @@ plainto_tsquery('simple', f_unaccent(${text}))
      order by received_at desc nulls last, id desc nulls last limit 51`;
    return rows.map((r) => r.id as string);
  }
  async function searched(text: string) {
    return app.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${p.id}, true), set_config('app.role', 'operator', true)`;
      const { sql, params } = queries.textSearchQuery(builder, p.id, { limit: 51, text }).toSQL();
      const rows = await tx.unsafe(sql, params as postgres.ParameterOrJSON<never>[]);
      return rows.map((r) => r.id as string);
    });
  }

  const texts = [
    'phản ánh', // very common: the newest 1,000 fill the page
    'xét nghiệm', // common: the newest 4,000 fill the page
    'karaoke hoang quang', // rare together: the GIN step
    'khong co tu nay', // frequent words that never meet: nothing
    'Phản ánh tiếng ồn từ quán karaoke tại xã Hoằng Quang sau 22 giờ đêm', // more words than get an index condition
    'vắc-xin', // one word, three lexemes (vac-xin, vac, xin)
    '???', // no lexeme at all
  ];
  for (const text of texts) {
    it(`"${text}"`, async () => {
      const expected = await bruteForce(text);
      expect(await searched(text)).toEqual(expected);
    });
  }

  it('listCases (the statement with its sizes written in) answers the same', async () => {
    const db = drizzle(app, { schema });
    for (const text of ['karaoke', 'karaoke hoang quang', 'phản ánh']) {
      const rows = await db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('app.tenant_id', ${p.id}, true), set_config('app.role', 'operator', true)`,
        );
        return queries.listCases(tx, p.id, { limit: 51, text });
      });
      expect(rows.map((r) => r.id)).toEqual(await bruteForce(text));
    }
  });

  it('with a date bound and on the next page (bounds the planner cannot read) it still answers the same', async () => {
    const from = new Date(Date.now() - 60 * 86_400_000);
    const inRange = await admin`select id, received_at from cases
      where tenant_id = ${p.id} and received_at >= ${from}
        and search_vector @@ plainto_tsquery('simple', f_unaccent('karaoke'))
      order by received_at desc nulls last, id desc nulls last limit 102`;
    const page = (filter: Partial<queries.CaseListFilter>) =>
      app.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${p.id}, true), set_config('app.role', 'operator', true)`;
        const q = queries.textSearchQuery(builder, p.id, { limit: 51, text: 'karaoke', from, ...filter });
        const { sql, params } = q.toSQL();
        return (await tx.unsafe(sql, params as postgres.ParameterOrJSON<never>[])).map((r) => r.id as string);
      });
    expect(inRange.length).toBeGreaterThan(51);
    expect(await page({})).toEqual(inRange.slice(0, 51).map((r) => r.id));
    const last = inRange[50]!;
    expect(await page({ after: { receivedAt: last.received_at as Date, id: last.id as string } })).toEqual(
      inRange.slice(51, 102).map((r) => r.id),
    );
  });

  it('finds a case by its code', async () => {
    const [one] = await admin`select code from cases where tenant_id = ${p.id} order by received_at limit 1`;
    const found = await searched(one!.code as string);
    expect(found).toEqual(await bruteForce(one!.code as string));
    expect(found.length).toBeGreaterThanOrEqual(1);
  });
});

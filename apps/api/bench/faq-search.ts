/**
 * `pnpm bench:faq`: FAQ search over 10,000 entries of one province, through the whole API in-process
 * (middleware, rate limit, tenant transaction, row-level security). The province is Thanh Hóa's seed
 * plus the other demo provinces' FAQ and synonyms, filled up with a generated corpus (faq-corpus.ts).
 * Prints p50/p95/p99 latency of public search and of staff suggestions while typing, and the top-3
 * hit rate of the query set in faq-queries.json. BENCH_ROUNDS (default 10) repeats the query set.
 */
import { readFileSync } from 'node:fs';
import { renderFaqAnswer } from '@tongdai/core';
import { createAppDb } from '@tongdai/db';
import { createTenantRegistryAdmin } from '@tongdai/db/admin';
import { demoProvinces } from '@tongdai/db/seed';
import { createLimiters } from '@tongdai/rate-limit';
import { createMember, createProvince, createTestDatabase } from '@tongdai/test-utils';
import { pino } from 'pino';
import postgres from 'postgres';
import { newApp } from '../src/app.js';
import { createDiskAttachmentStore } from '../src/lib/attachment-store.js';
import { createMailer } from '../src/lib/mailer.js';
import { createSecretBox, DEV_SECRETS_KEY } from '../src/lib/secret-box.js';
import { generateCorpus } from './faq-corpus.js';

const TOTAL = Number(process.env.BENCH_FAQ_ENTRIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
// The other provinces' topics, mapped onto Thanh Hóa's taxonomy.
const TOPIC_MAP: Record<string, string> = {
  BT01: 'T03',
  BT02: 'T05',
  BT03: 'T06',
  BT04: 'T06',
  BT05: 'T04',
  BT06: 'T03',
  BT07: 'T09',
  BT08: 'T10',
  HD01: 'T01',
  HD02: 'T03',
  HD03: 'T04',
  HD04: 'T09',
  HD05: 'T06',
};

interface Query {
  q: string;
  kind: string;
  expect: string;
}
const { queries } = JSON.parse(readFileSync(new URL('./faq-queries.json', import.meta.url), 'utf8')) as {
  queries: Query[];
};

const out = (line: string) => process.stdout.write(`${line}\n`);
const database = await createTestDatabase();
const logger = pino({ level: 'silent' });
const db = createAppDb(database.appUrl, { max: 4 });
const registry = createTenantRegistryAdmin(database.adminUrl);
const limiters = createLimiters({ logger });
const app = newApp({
  db,
  registry,
  limiters,
  secrets: createSecretBox(DEV_SECRETS_KEY),
  mailer: createMailer({ captureDir: '/tmp/tongdai-bench-mail', logger }),
  attachments: createDiskAttachmentStore('/tmp/tongdai-bench-attachments'),
  baseDomain: 'localhost',
  trustProxy: true,
  logger,
  now: () => new Date(),
});

const [thanhHoa, ...others] = [
  demoProvinces.find((p) => p.slug === 'thanhhoa')!,
  ...demoProvinces.filter((p) => p.slug !== 'thanhhoa'),
];
const province = await createProvince(database.adminUrl, { template: thanhHoa });
await createProvince(database.adminUrl);

async function fill() {
  const sql = postgres(database.adminUrl, { max: 1, onnotice: () => undefined });
  const started = performance.now();
  await sql.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${province.id}, true)`;
    const topicIds = new Map(
      (await tx`select code, id from topics where tenant_id = ${province.id}`).map((t) => [
        t.code as string,
        t.id as string,
      ]),
    );
    const synonyms = others.flatMap((p) => p.faqSynonyms ?? []);
    for (const s of synonyms) {
      await tx`insert into faq_synonyms (tenant_id, term, equivalents) values (${province.id}, ${s.term}, ${s.equivalents})
               on conflict do nothing`;
    }
    const [{ n }] =
      (await tx`select count(*)::int as n from faq_entries where tenant_id = ${province.id}`) as unknown as [
        { n: number },
      ];
    const seeds = others.flatMap((p) =>
      p.faqs.map((f) => ({ ...f, topicCode: TOPIC_MAP[f.topicCode] ?? '' })),
    );
    const entries = [...seeds, ...generateCorpus(TOTAL - n - seeds.length)];
    for (let i = 0; i < entries.length; i += 1000) {
      const rows = entries.slice(i, i + 1000).map((e) => {
        const answer = renderFaqAnswer(e.answer);
        return {
          tenant_id: province.id,
          topic_id: topicIds.get(e.topicCode) ?? null,
          question: e.question,
          answer: answer.source,
          answer_html: answer.html,
          answer_text: answer.text,
          keywords: e.keywords,
          state: 'public',
        };
      });
      await tx`insert into faq_entries ${tx(rows)}`;
    }
  });
  await sql`vacuum analyze faq_entries`;
  await sql`vacuum analyze faq_terms`;
  const [{ n, terms }] =
    (await sql`select (select count(*)::int from faq_entries where tenant_id = ${province.id}) as n,
    (select count(*)::int from faq_terms where tenant_id = ${province.id}) as terms`) as unknown as [
      { n: number; terms: number },
    ];
  await sql.end();
  out(
    `${n} entries, ${terms} distinct terms, filled in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

await fill();

const host = `${province.slug}.localhost:5173`;
const operator = await createMember(database.adminUrl, province.id, { role: 'operator' });
const login = await app.request('/v1/auth/login', {
  method: 'POST',
  headers: {
    host,
    origin: `http://${host}`,
    'content-type': 'application/json',
    'x-forwarded-for': '198.51.100.1',
  },
  body: JSON.stringify({ email: operator.email, password: operator.password }),
});
const cookie = /tongdai_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';

type Hit = { question: { text: string }[] };
let requestNo = 0;
async function timed(path: string, headers: Record<string, string> = {}) {
  requestNo += 1;
  // A fresh client address per request: the public search limit is per address.
  const ip = `10.${(requestNo >> 16) & 255}.${(requestNo >> 8) & 255}.${requestNo & 255}`;
  const t = performance.now();
  const res = await app.request(path, { headers: { host, 'x-forwarded-for': ip, ...headers } });
  const body = (await res.json()) as { results?: Hit[] };
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`${path}: status ${res.status}`);
  return { ms, results: (body.results ?? []).map((r) => r.question.map((p) => p.text).join('')) };
}

function percentiles(name: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  out(`${name.padEnd(40)} n=${sorted.length}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  p99 ${at(0.99)} ms`);
}

const search = (q: string) => `/v1/faq/search?q=${encodeURIComponent(q)}&limit=10`;
for (const { q } of queries) await timed(search(q)); // warm-up

const byKind = new Map<string, { hits: number; total: number }>();
const misses: string[] = [];
const publicTimes: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const query of queries) {
    const { ms, results } = await timed(search(query.q));
    publicTimes.push(ms);
    if (round > 0) continue;
    const hit = results.slice(0, 3).includes(query.expect);
    const kind = byKind.get(query.kind) ?? { hits: 0, total: 0 };
    byKind.set(query.kind, { hits: kind.hits + (hit ? 1 : 0), total: kind.total + 1 });
    if (!hit)
      misses.push(
        `  miss "${query.q}"\n    expected: ${query.expect}\n    got:      ${results.slice(0, 3).join('\n              ')}`,
      );
  }
}

// The same number of plain tenant requests, as the reference for the machine's speed right now.
const baseline: number[] = [];
for (let i = 0; i < publicTimes.length; i += 1) baseline.push((await timed('/v1/tenant')).ms);

// Staff suggestions while typing: every prefix of each query from its fourth character on.
const staffTimes: number[] = [];
for (const { q } of queries) {
  for (let end = 4; end <= q.length; end += 3) {
    staffTimes.push(
      (await timed(`/v1/faq/staff-search?q=${encodeURIComponent(q.slice(0, end))}`, { cookie })).ms,
    );
  }
}

const hits = [...byKind.values()].reduce((s, k) => s + k.hits, 0);
out(`\n${queries.length} queries × ${ROUNDS} rounds, ${database.server} PostgreSQL, in-process API`);
percentiles('GET /v1/faq/search (public)', publicTimes);
percentiles('GET /v1/faq/staff-search (typing)', staffTimes);
percentiles('GET /v1/tenant (reference: plain request)', baseline);
out(`top-3 hit rate: ${hits}/${queries.length} = ${((100 * hits) / queries.length).toFixed(1)} %`);
for (const [kind, k] of byKind) out(`  ${kind.padEnd(8)} ${k.hits}/${k.total}`);
if (misses.length > 0) out(misses.join('\n'));

await Promise.all([db.close(), registry.close(), limiters.close()]);
await database.dispose();

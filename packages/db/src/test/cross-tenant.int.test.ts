import { createProvince, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantTables } from '../catalog.js';
import { APP_ROLE } from '../schema/roles.js';

const urls = testDatabaseUrls();

/**
 * As the app role, inside province A's context, every tenant table must hide, protect and refuse
 * province B's rows. The table list comes from the catalog, so new tables are covered without edits.
 */
const admin = postgres(urls.adminUrl, { max: 1 });
const app = postgres(urls.appUrl, { max: 2 });
let a: TestProvince;
let b: TestProvince;
let tables: string[];

beforeAll(async () => {
  a = await createProvince(urls.adminUrl);
  b = await createProvince(urls.adminUrl);
  tables = (await tenantTables(admin)).map((t) => t.table);
});
afterAll(async () => {
  await app.end();
  await admin.end();
});

/** Runs `fn` as the app role with the tenant set transaction-locally, then rolls back. */
async function asTenant<T>(tenantId: string | null, fn: (tx: postgres.TransactionSql) => Promise<T>) {
  let result: T | undefined;
  await app
    .begin(async (tx) => {
      if (tenantId) await tx`select set_config('app.tenant_id', ${tenantId}, true)`;
      result = await fn(tx);
      throw new RollbackSignal();
    })
    .catch((e: unknown) => {
      if (!(e instanceof RollbackSignal)) throw e;
    });
  return result as T;
}
class RollbackSignal extends Error {}

const countFor = async (table: string, tenantId: string) => {
  const [row] = await admin`select count(*)::int as n from ${admin(table)} where tenant_id = ${tenantId}`;
  return row?.n as number;
};

describe('cross-tenant access on every tenant table', () => {
  it('the test provinces have rows in every tenant table', async () => {
    for (const t of tables) {
      expect({ table: t, rows: (await countFor(t, b.id)) > 0 }).toEqual({ table: t, rows: true });
    }
  });

  it('select sees only the own tenant rows', async () => {
    for (const t of tables) {
      const own = await countFor(t, a.id);
      const seen = await asTenant(a.id, async (tx) => {
        const [all] = await tx`select count(*)::int as n from ${tx(t)}`;
        const [other] = await tx`select count(*)::int as n from ${tx(t)} where tenant_id = ${b.id}`;
        return { table: t, all: all?.n, other: other?.n };
      });
      expect(seen).toEqual({ table: t, all: own, other: 0 });
    }
  });

  it('update and delete of another tenant rows touch nothing', async () => {
    // Zero rows, or refused outright where the app has no such privilege (the append-only audit log).
    const rowsTouched = (run: (tx: postgres.TransactionSql) => Promise<postgres.RowList<postgres.Row[]>>) =>
      asTenant(a.id, async (tx) => (await run(tx)).count).catch((e: { code?: string }) =>
        e.code === '42501' ? 0 : Promise.reject(e),
      );
    for (const t of tables) {
      const before = await countFor(t, b.id);
      const touched = {
        table: t,
        updated: await rowsTouched(
          (tx) => tx`update ${tx(t)} set tenant_id = tenant_id where tenant_id = ${b.id}`,
        ),
        deleted: await rowsTouched((tx) => tx`delete from ${tx(t)} where tenant_id = ${b.id}`),
      };
      expect(touched).toEqual({ table: t, updated: 0, deleted: 0 });
      expect(await countFor(t, b.id)).toBe(before);
    }
  });

  it('an update through any column the app may write touches no row of another tenant', async () => {
    // Tables with column-level grants (case_attachments: only its withdrawal columns) refuse the
    // tenant_id update above for lack of privilege; here each table is updated through a column the
    // app role really may write, so only row-level security can stop it.
    const checked: string[] = [];
    for (const t of tables) {
      const [col] = await admin<{ name: string }[]>`select attname as name from pg_attribute
        where attrelid = ${t}::regclass and attnum > 0 and not attisdropped and attgenerated = ''
          and attname <> 'tenant_id' and has_column_privilege(${APP_ROLE}, attrelid, attnum, 'UPDATE')
        order by attnum limit 1`;
      if (!col) continue;
      const touched = await asTenant(a.id, async (tx) => {
        const res = await tx`update ${tx(t)} set ${tx(col.name)} = ${tx(col.name)} where tenant_id = ${b.id}`;
        return res.count;
      });
      expect({ table: t, column: col.name, touched }).toEqual({ table: t, column: col.name, touched: 0 });
      checked.push(t);
    }
    expect(checked).toContain('case_attachments');
    expect(checked).toContain('cases');
  });

  it('insert of a row for another tenant is refused by the policy', async () => {
    for (const t of tables) {
      const [sample] =
        await admin`select row_to_json(x) as r from ${admin(t)} x where tenant_id = ${a.id} limit 1`;
      const forged: Record<string, unknown> = { ...(sample?.r as Record<string, unknown>), tenant_id: b.id };
      if (typeof forged.id === 'number') forged.id = forged.id + 1_000_000_000;
      else if ('id' in forged) forged.id = crypto.randomUUID();
      // Generated columns cannot be written; everything else is copied from a real row.
      const generated = await admin`select attname from pg_attribute
        where attrelid = ${t}::regclass and attgenerated <> '' and not attisdropped`;
      const cols = Object.keys(forged).filter((k) => !generated.some((g) => g.attname === k));
      const attempt = asTenant(
        a.id,
        (tx) =>
          tx`insert into ${tx(t)} (${tx(cols)}) overriding system value
             select ${tx(cols)} from json_populate_record(null::${tx(t)}, ${tx.json(forged as postgres.JSONValue)}::json)`,
      );
      await expect(attempt, t).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('moving an own row to another tenant is refused', async () => {
    for (const t of tables) {
      const attempt = asTenant(
        a.id,
        (tx) => tx`update ${tx(t)} set tenant_id = ${b.id} where tenant_id = ${a.id}`,
      );
      await expect(attempt, t).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('without a tenant context nothing is visible and nothing can be written', async () => {
    for (const t of tables) {
      const n = await asTenant(null, async (tx) => (await tx`select count(*)::int as n from ${tx(t)}`)[0]?.n);
      expect({ table: t, n }).toEqual({ table: t, n: 0 });
    }
    const insert = asTenant(
      null,
      (tx) => tx`insert into topics (tenant_id, code, name) values (${a.id}, 'X', 'x')`,
    );
    await expect(insert).rejects.toMatchObject({ code: '42501' });
  });

  it('the tenant setting is transaction-local: it does not leak to the next transaction', async () => {
    const leaked = await app.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${a.id}, true)`;
      return 'set';
    });
    expect(leaked).toBe('set');
    const [row] = await app`select count(*)::int as n from topics`;
    expect(row?.n).toBe(0);
  });
});

import postgres from 'postgres';
import { testDatabaseUrls } from '@tongdai/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../admin.js';
import { APP_ROLE, OWNER_ROLE } from '../schema/roles.js';

const urls = testDatabaseUrls();

const app = postgres(urls.appUrl, { max: 1 });
const admin = postgres(urls.adminUrl, { max: 1 });
afterAll(async () => {
  await app.end();
  await admin.end();
});

describe('the role the app runs as', () => {
  it('is the app role, not superuser, cannot bypass RLS, create roles or databases', async () => {
    const [me] = await app`
      select current_user as name, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb
      from pg_roles r where r.rolname = current_user`;
    expect(me).toEqual({
      name: APP_ROLE,
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
  });

  it('owns no table, and every table belongs to the owner role', async () => {
    const owners = await admin<{ owner: string; n: number }[]>`
      select tableowner as owner, count(*)::int as n from pg_tables
      where schemaname = 'public' group by tableowner`;
    expect(owners.map((o) => o.owner)).toEqual([OWNER_ROLE]);
  });

  it('is not a member of the owner role', async () => {
    const [row] = await app`select pg_has_role(current_user, ${OWNER_ROLE}, 'member') as member`;
    expect(row?.member).toBe(false);
  });

  it('cannot write the tenant registry', async () => {
    await expect(app`update tenants set name = name`).rejects.toMatchObject({ code: '42501' });
    await expect(app`delete from tenants`).rejects.toMatchObject({ code: '42501' });
  });
});

describe('the bootstrap', () => {
  it('can run from several processes at once (roles are cluster-wide; the lock takes turns)', async () => {
    // Unserialised, concurrent ALTER ROLE … PASSWORD fails with "tuple concurrently updated".
    await expect(
      Promise.all(Array.from({ length: 4 }, () => bootstrapDatabase(urls.adminUrl))),
    ).resolves.toHaveLength(4);
    const [row] = await app`select current_user as name`;
    expect(row?.name).toBe(APP_ROLE);
  });
});

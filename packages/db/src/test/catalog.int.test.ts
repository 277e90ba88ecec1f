import postgres from 'postgres';
import { testDatabaseUrls } from '@tongdai/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { tenantTables, unprotectedTables, unprotectedTenantTables } from '../catalog.js';

const urls = testDatabaseUrls();

const admin = postgres(urls.adminUrl, { max: 1 });
afterAll(() => admin.end());

describe('every tenant table is protected by row-level security', () => {
  it('finds the tenant tables in the catalog', async () => {
    const names = (await tenantTables(admin)).map((t) => t.table);
    expect(names).toEqual(expect.arrayContaining(['channels', 'topics', 'agencies', 'faq_entries']));
  });

  it('has ENABLE + FORCE row-level security and at least one policy on each', async () => {
    expect(await unprotectedTenantTables(admin)).toEqual([]);
  });

  it('leaves no other table without row-level security except the tenant registry', async () => {
    expect(await unprotectedTables(admin)).toEqual([]);
  });

  it('would report a new tenant table that lacks FORCE or a tenant policy', async () => {
    await admin
      .begin(async (tx) => {
        await tx`create table public.probe_no_policy (tenant_id uuid not null, x int)`;
        await tx`create table public.probe_no_force (tenant_id uuid not null, x int)`;
        await tx`alter table public.probe_no_force enable row level security`;
        await tx`create policy p on public.probe_no_force using (tenant_id is not null)`;
        // Forced, but its only policy lets every tenant's rows through.
        await tx`create table public.probe_open_policy (tenant_id uuid not null, x int)`;
        await tx`alter table public.probe_open_policy enable row level security`;
        await tx`alter table public.probe_open_policy force row level security`;
        await tx`create policy p on public.probe_open_policy using (true)`;
        const found = (await unprotectedTenantTables(tx)).map((t) => t.table);
        expect(found).toEqual(['probe_no_force', 'probe_no_policy', 'probe_open_policy']);
        throw new Error('rollback');
      })
      .catch((e: Error) => {
        if (e.message !== 'rollback') throw e;
      });
  });
});

import postgres from 'postgres';

export interface TableProtection {
  table: string;
  rlsEnabled: boolean;
  rlsForced: boolean;
  /** Permissive policies whose USING reads tenant_id. */
  policies: number;
}

/** Every table in `public` that has a tenant_id column, with its row-level security state. */
export async function tenantTables(sql: postgres.Sql | postgres.TransactionSql): Promise<TableProtection[]> {
  const rows = await sql<{ table: string; rls_enabled: boolean; rls_forced: boolean; policies: number }[]>`
    select c.relname as table, c.relrowsecurity as rls_enabled, c.relforcerowsecurity as rls_forced,
           -- A permissive policy that reads tenant_id: a table whose only policy is, say,
           -- USING (true) or an agency restriction is not isolated by tenant.
           (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polpermissive
              and pg_get_expr(p.polqual, p.polrelid) like '%tenant_id%') as policies
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and exists (select 1 from pg_attribute a
                  where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
    order by c.relname`;
  return rows.map((r) => ({
    table: r.table,
    rlsEnabled: r.rls_enabled,
    rlsForced: r.rls_forced,
    policies: r.policies,
  }));
}

/** Tenant tables missing ENABLE or FORCE row-level security or any policy: must always be empty. */
export async function unprotectedTenantTables(
  sql: postgres.Sql | postgres.TransactionSql,
): Promise<TableProtection[]> {
  return (await tenantTables(sql)).filter((t) => !t.rlsEnabled || !t.rlsForced || t.policies === 0);
}

/** Tables that are platform-wide by design and need no row-level security. */
export const GLOBAL_TABLES: ReadonlySet<string> = new Set(['tenants']);

/** Tables in `public` outside GLOBAL_TABLES lacking ENABLE + FORCE row-level security or a policy. */
export async function unprotectedTables(
  sql: postgres.Sql | postgres.TransactionSql,
): Promise<TableProtection[]> {
  const rows = await sql<{ table: string; rls_enabled: boolean; rls_forced: boolean; policies: number }[]>`
    select c.relname as table, c.relrowsecurity as rls_enabled, c.relforcerowsecurity as rls_forced,
           (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`;
  return rows
    .map((r) => ({
      table: r.table,
      rlsEnabled: r.rls_enabled,
      rlsForced: r.rls_forced,
      policies: r.policies,
    }))
    .filter((t) => !GLOBAL_TABLES.has(t.table) && (!t.rlsEnabled || !t.rlsForced || t.policies === 0));
}

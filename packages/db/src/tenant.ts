import { asc, eq, sql } from 'drizzle-orm';
import { connect, type Connection, type Tx } from './client.js';
import { migrationStatus, type MigrationStatus } from './migrations.js';
import { tenants, type Tenant } from './schema/tenants.js';

export interface RequestContext {
  userId?: string | null;
  /** The member's role in the province, or the platform role; policies read it. */
  role?: string | null;
  /** Agency staff only: their agency, which the cases policy restricts them to. */
  agencyId?: string | null;
  /** Only while signing in, signing up or resetting a password: makes that e-mail's user visible. */
  lookupEmail?: string | null;
}

export interface TenantContext extends RequestContext {
  tenantId: string;
}

/**
 * The API's only way into the database. Tenant tables are reached through `withTenant`, which opens
 * a transaction and sets the tenant (transaction-local) before any query runs; row-level security
 * does the rest. The registry of tenants is readable without a context.
 */
export interface AppDb {
  withTenant<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** The platform's own scope (base domain, national.): no province's rows are visible. */
  withPlatform<T>(ctx: RequestContext, fn: (tx: Tx) => Promise<T>): Promise<T>;
  findTenantBySlug(slug: string): Promise<Tenant | undefined>;
  listTenants(): Promise<Tenant[]>;
  health(): Promise<{ ok: boolean; migrations: MigrationStatus | null }>;
  /** Postgres LISTEN for change notifications (ids only, sent with pg_notify by the services). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<{ unlisten: () => Promise<void> }>;
  close(): Promise<void>;
}

export function createAppDb(appUrl: string, options: { max?: number } = {}): AppDb {
  const conn: Connection = connect(appUrl, { max: options.max ?? 10, appName: 'tongdai-api' });
  const { db } = conn;
  // The one place the context is set: transaction-local, bound parameters, before any query.
  const inContext = <T>(tenantId: string | null, ctx: RequestContext, fn: (tx: Tx) => Promise<T>) =>
    db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('app.tenant_id', ${tenantId ?? ''}, true),
                   set_config('app.user_id', ${ctx.userId ?? ''}, true),
                   set_config('app.role', ${ctx.role ?? ''}, true),
                   set_config('app.agency_id', ${ctx.agencyId ?? ''}, true),
                   set_config('app.lookup_email', ${ctx.lookupEmail?.toLowerCase() ?? ''}, true)`,
      );
      return fn(tx);
    });
  return {
    withTenant: (ctx, fn) => inContext(ctx.tenantId, ctx, fn),
    withPlatform: (ctx, fn) => inContext(null, ctx, fn),
    findTenantBySlug: async (slug) =>
      (await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1))[0],
    listTenants: () => db.select().from(tenants).orderBy(asc(tenants.name)),
    health: async () => {
      try {
        await db.execute(sql`select 1`);
        return { ok: true, migrations: await migrationStatus(db) };
      } catch {
        return { ok: false, migrations: null };
      }
    },
    listen: conn.listen,
    close: conn.close,
  };
}

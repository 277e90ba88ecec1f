import type { Context } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import type { AppEnv } from '../../context.js';
import { deliverEmailsAfterCommit } from './case-notifications.js';

/** Just enough of a request context: the province, a database whose transaction does what it is told. */
function fakeContext(withTenant: () => Promise<unknown>) {
  const warn = vi.fn();
  const vars: Record<string, unknown> = {
    deps: { db: { withTenant: vi.fn(withTenant) }, mailer: {}, logger: {}, now: () => new Date() },
    tenant: { id: 'tenant-1' },
    log: { warn },
  };
  const c = { get: (key: string) => vars[key] } as unknown as Context<AppEnv>;
  return { c, warn, withTenant: (vars.deps as { db: { withTenant: unknown } }).db.withTenant };
}

describe('deliverEmailsAfterCommit', () => {
  it('returns at once and sends in the background for the request province', async () => {
    let finish!: (batch: { pending: number; delivered: number }) => void;
    const { c, warn, withTenant } = fakeContext(() => new Promise((resolve) => (finish = resolve)));
    expect(deliverEmailsAfterCommit(c, 'escalation')).toBeUndefined();
    expect(withTenant).toHaveBeenCalledWith({ tenantId: 'tenant-1', role: 'system' }, expect.any(Function));
    finish({ pending: 0, delivered: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).not.toHaveBeenCalled();
  });

  it('logs a failure instead of letting it reach the request', async () => {
    const { c, warn } = fakeContext(() => Promise.reject(new Error('smtp down')));
    deliverEmailsAfterCommit(c, 'extension decision');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn).toHaveBeenCalledWith(
      { err: expect.any(Error) },
      'extension decision e-mail delivery deferred',
    );
  });
});

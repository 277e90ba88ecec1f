import { sweepTenant, type SweepDeps, type SweepHooks } from '../services/sla/sla-sweep.js';

export interface SlaSweepJob {
  tenantId: string;
}

/** Job handler: one province's sweep at the worker's clock (`now` is injectable for tests). */
export function slaSweepHandler(deps: SweepDeps & { now: () => Date; hooks?: SweepHooks }) {
  return async (jobs: { data: SlaSweepJob }[]) => {
    for (const job of jobs) await sweepTenant(deps, job.data.tenantId, deps.now(), deps.hooks);
  };
}

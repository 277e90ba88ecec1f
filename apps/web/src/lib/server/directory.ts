import type { AgencyOutput } from '@tongdai/contracts';

export interface AgencyView {
  id: string;
  name: string;
  kind: AgencyOutput['kind'];
  transferEnabled: boolean;
  /** Active numbers in failover order: operators try the first, then the next on busy / no answer. */
  hotlines: { display: string; href: string }[];
}

export function toAgencyView(agency: AgencyOutput): AgencyView {
  const hotlines = agency.hotlines
    .filter((h) => h.active)
    .sort((a, b) => a.position - b.position)
    .map((h) => ({ display: h.display, href: `tel:${h.phone}` }));
  return {
    id: agency.id,
    name: agency.name,
    kind: agency.kind,
    transferEnabled: agency.transferEnabled,
    hotlines,
  };
}

import type { AgencyOutput } from '@tongdai/contracts';
import { formatPhoneVn } from '@tongdai/core';
import type { queries } from '@tongdai/db';

export function toAgencyOutput(a: queries.AgencyWithHotlines): AgencyOutput {
  return {
    ...a,
    hotlines: a.hotlines.map((h) => ({ ...h, display: formatPhoneVn(h.phone) })),
  };
}

import { error } from '@sveltejs/kit';
import { IdParam } from '@tongdai/contracts';
import * as v from 'valibot';
import { loadDigest } from '$lib/server/digests.js';
import { requirePermission } from '$lib/server/guards.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

// The print button needs the browser's print dialog; everything else works without JavaScript.
export const csr = true;

export const load: PageServerLoad = async (event) => {
  requireTenant(event.locals);
  requirePermission(event, 'digests.read');
  const param = v.safeParse(IdParam, event.params);
  if (!param.success) error(404, { message: 'Not found', code: 'NOT_FOUND' });
  return { digest: await loadDigest(event, param.output.id) };
};

import { redirect } from '@sveltejs/kit';
import { TwoFactorInput } from '@tongdai/contracts';
import { homePathFor } from '@tongdai/core';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { landingPath, pendingStep, requireUser } from '$lib/server/guards.js';
import { safeNextPath, withNext } from '$lib/server/next-path.js';
import { requireSite } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  requireSite(event.locals);
  const user = requireUser(event);
  const next = safeNextPath(event.url.searchParams.get('next'));
  const step = pendingStep(user);
  if (step === '/cai-dat-2-lop') redirect(303, withNext(step, next));
  if (step !== '/xac-thuc-2-lop') redirect(303, next ?? landingPath(user));
  return { next };
};

export const actions: Actions = {
  default: async (event) => {
    requireSite(event.locals);
    const user = requireUser(event);
    const values = await readForm(event.request);
    const parsed = parseForm(TwoFactorInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(await apiClient(event).v1.auth['2fa'].verify.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values);
    redirect(
      303,
      safeNextPath(values.next ?? event.url.searchParams.get('next')) ??
        (user.role ? homePathFor(user.role) : '/'),
    );
  },
};

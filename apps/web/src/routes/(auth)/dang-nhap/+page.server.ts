import { redirect } from '@sveltejs/kit';
import { LoginInput } from '@tongdai/contracts';
import type { MessageKey } from '$lib/i18n/index.js';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { landingPath, pendingStep } from '$lib/server/guards.js';
import { safeNextPath, withNext } from '$lib/server/next-path.js';
import { requireSite } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

// `?notice=` after a redirect from another page; unknown values show nothing.
const NOTICES: Record<string, MessageKey> = {
  'signed-out': 'notice.signedOut',
  'signed-out-everywhere': 'notice.signedOutEverywhere',
  'password-changed': 'notice.passwordChanged',
  'password-reset': 'notice.passwordReset',
  'invite-accepted': 'notice.inviteAccepted',
};

export const load: PageServerLoad = ({ locals, url }) => {
  requireSite(locals);
  const next = safeNextPath(url.searchParams.get('next'));
  // Already signed in and through every step: nothing to do here.
  if (locals.user && !pendingStep(locals.user)) redirect(303, next ?? landingPath(locals.user));
  return {
    next,
    notice: NOTICES[url.searchParams.get('notice') ?? ''] ?? null,
    tenantName: locals.tenant?.tenant.officialName ?? null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireSite(event.locals);
    const values = await readForm(event.request);
    const parsed = parseForm(LoginInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(await apiClient(event).v1.auth.login.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values);

    const next = safeNextPath(values.next ?? event.url.searchParams.get('next'));
    const { twoFactor, status, home } = result.data;
    if (twoFactor === 'required') redirect(303, withNext('/xac-thuc-2-lop', next));
    if (twoFactor === 'setup_required') redirect(303, withNext('/cai-dat-2-lop', next));
    redirect(303, status === 'pending' ? '/cho-duyet' : (next ?? home));
  },
};

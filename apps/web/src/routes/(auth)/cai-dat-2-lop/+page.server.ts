import { redirect } from '@sveltejs/kit';
import { TwoFactorInput } from '@tongdai/contracts';
import { homePathFor, requiresTwoFactor } from '@tongdai/core';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { landingPath, requireUser } from '$lib/server/guards.js';
import { safeNextPath, withNext } from '$lib/server/next-path.js';
import { requireSite } from '$lib/server/tenant.js';
import { totpSetupView } from '$lib/server/totp-setup.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function setupUser(event: RequestEvent) {
  requireSite(event.locals);
  return requireUser(event);
}

export const load: PageServerLoad = (event) => {
  const user = setupUser(event);
  const next = safeNextPath(event.url.searchParams.get('next'));
  if (!requiresTwoFactor(user.role)) redirect(303, next ?? landingPath(user));
  if (user.twoFactor.enabled) redirect(303, withNext('/xac-thuc-2-lop', next));
  return { next, role: user.role };
};

export const actions: Actions = {
  // A new key only on request: a reload of the page must not replace the key being scanned.
  begin: async (event) => {
    setupUser(event);
    const values = await readForm(event.request);
    const result = await settle(await apiClient(event).v1.auth['2fa'].setup.$post());
    if (!result.ok) return apiFailure(result, values);
    const setup = await totpSetupView(result.data.uri);
    if (!setup) return apiFailure({ status: 502, error: { code: 'INTERNAL', message: '' } }, values);
    return { step: 'scan' as const, setup, next: safeNextPath(values.next) };
  },
  confirm: async (event) => {
    const user = setupUser(event);
    const values = await readForm(event.request);
    const next = safeNextPath(values.next);
    // The key stays with the API; the form carries the URI only to draw the same QR code again.
    const setup = await totpSetupView(values.uri ?? '');
    const parsed = parseForm(TwoFactorInput, values);
    if (!parsed.ok) return invalid(values, parsed, { setup, next });
    const result = await settle(await apiClient(event).v1.auth['2fa'].enable.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values, { setup, next });
    const continueTo = next ?? (user.role ? homePathFor(user.role) : '/');
    return { step: 'done' as const, recoveryCodes: result.data.recoveryCodes, continueTo };
  },
};

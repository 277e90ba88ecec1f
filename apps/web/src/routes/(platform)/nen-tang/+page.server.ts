import { redirect } from '@sveltejs/kit';
import { AppointAdminInput, CreateTenantInput, TenantSlugParam, TenantStatusInput } from '@tongdai/contracts';
import { apiClient, settle } from '$lib/server/api.js';
import { baseDomain } from '$lib/server/env.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requirePermission, unwrapFor } from '$lib/server/guards.js';
import { requireHostKind } from '$lib/server/tenant.js';
import { tenantUrl } from '$lib/server/urls.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function platformAdmin(event: RequestEvent) {
  requireHostKind(event.locals, 'platform');
  requirePermission(event, 'tenants.manage');
}

export const load: PageServerLoad = async (event) => {
  platformAdmin(event);
  const { tenants } = await unwrapFor(event, await apiClient(event).v1.platform.tenants.all.$get());
  const base = baseDomain();
  return {
    baseDomain: base,
    done: event.url.searchParams.get('done'),
    tenants: tenants.map((tenant) => ({ ...tenant, url: tenantUrl(event.url, tenant.slug, base) })),
  };
};

export const actions: Actions = {
  create: async (event) => {
    platformAdmin(event);
    const values = await readForm(event.request);
    const parsed = parseForm(CreateTenantInput, values);
    if (!parsed.ok) return invalid(values, parsed, { form: 'create' });
    const result = await settle(await apiClient(event).v1.platform.tenants.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values, { form: 'create' });
    redirect(303, '/nen-tang?done=create');
  },
  appoint: async (event) => {
    platformAdmin(event);
    const values = await readForm(event.request);
    const extra = { form: 'appoint', target: values.slug ?? '' };
    const slug = parseForm(TenantSlugParam, values);
    const parsed = parseForm(AppointAdminInput, values);
    if (!slug.ok) return invalid(values, slug, extra);
    if (!parsed.ok) return invalid(values, parsed, extra);
    const endpoint = apiClient(event).v1.platform.tenants[':slug'].admin;
    const result = await settle(await endpoint.$post({ param: slug.output, json: parsed.output }));
    if (!result.ok) return apiFailure(result, values, extra);
    redirect(303, '/nen-tang?done=appoint');
  },
  status: async (event) => {
    platformAdmin(event);
    const values = await readForm(event.request);
    const extra = { form: 'status', target: values.slug ?? '' };
    const slug = parseForm(TenantSlugParam, values);
    const parsed = parseForm(TenantStatusInput, values);
    if (!slug.ok) return invalid(values, slug, extra);
    if (!parsed.ok) return invalid(values, parsed, extra);
    const endpoint = apiClient(event).v1.platform.tenants[':slug'];
    const result = await settle(await endpoint.$patch({ param: slug.output, json: parsed.output }));
    if (!result.ok) return apiFailure(result, values, extra);
    redirect(303, '/nen-tang?done=status');
  },
};

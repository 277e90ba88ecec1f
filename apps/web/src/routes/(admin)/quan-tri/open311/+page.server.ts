import { CreateOpen311KeyInput, IdParam } from '@tongdai/contracts';
import * as v from 'valibot';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requirePermission, unwrapFor } from '$lib/server/guards.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requirePermission(event, 'settings.manage');
  const { keys } = await unwrapFor(event, await apiClient(event).v1['open311-keys'].$get());
  return {
    endpoint: `${event.url.origin}/open311/v2/discovery.json`,
    keys: keys.map((k) => ({
      ...k,
      createdAt: formatDateTime(k.createdAt),
      lastUsedAt: k.lastUsedAt ? formatDateTime(k.lastUsedAt) : null,
      revokedAt: k.revokedAt ? formatDateTime(k.revokedAt) : null,
    })),
  };
};

export const actions: Actions = {
  issue: async (event) => {
    requirePermission(event, 'settings.manage');
    const values = await readForm(event.request);
    const parsed = parseForm(CreateOpen311KeyInput, values);
    if (!parsed.ok) return invalid(values, parsed, { form: 'issue' });
    const result = await settle(await apiClient(event).v1['open311-keys'].$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values, { form: 'issue' });
    // Shown once, in this answer only: the API keeps nothing it could show again.
    return { form: 'issue', issued: { name: result.data.key.name, secret: result.data.secret } };
  },
  revoke: async (event) => {
    requirePermission(event, 'settings.manage');
    const values = await readForm(event.request);
    const parsed = v.safeParse(IdParam, { id: values['id'] ?? '' });
    if (!parsed.success)
      return invalid(values, { errors: {}, message: parsed.issues[0].message }, { form: 'revoke' });
    const result = await settle(
      await apiClient(event).v1['open311-keys'][':id'].revoke.$post({ param: { id: parsed.output.id } }),
    );
    if (!result.ok) return apiFailure(result, values, { form: 'revoke' });
    return { form: 'revoke', revoked: true };
  },
};

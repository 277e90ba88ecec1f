import { redirect } from '@sveltejs/kit';
import { InviteInput, MemberDecisionInput, MemberListQuery, MemberParam } from '@tongdai/contracts';
import { formatPhoneVn } from '@tongdai/core';
import * as v from 'valibot';
import { formatDate } from '$lib/format.js';
import { apiClient, settle, unwrap } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requirePermission, unwrapFor } from '$lib/server/guards.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Status = v.InferOutput<typeof MemberListQuery>['status'];

function statusFilter(url: URL): Status {
  const parsed = v.safeParse(MemberListQuery, { status: url.searchParams.get('status') ?? undefined });
  return parsed.success ? parsed.output.status : undefined;
}

/** Back to the list as it was filtered, with what was done (post/redirect/get: a reload repeats nothing). */
function backToList(event: RequestEvent, done: string): never {
  const status = statusFilter(event.url);
  redirect(303, `${event.url.pathname}?${status ? `status=${status}&` : ''}done=${done}`);
}

export const load: PageServerLoad = async (event) => {
  requireTenant(event.locals);
  const me = requirePermission(event, 'members.read');
  const status = statusFilter(event.url);
  const api = apiClient(event);
  const [{ members }, { agencies }] = await Promise.all([
    api.v1.members.$get({ query: status ? { status } : {} }).then((res) => unwrapFor(event, res)),
    api.v1.agencies.$get().then(unwrap),
  ]);
  return {
    status: status ?? null,
    done: event.url.searchParams.get('done'),
    myId: me.user.id,
    canManage: (me.permissions as readonly string[]).includes('members.manage'),
    agencies: agencies.map((a) => ({ value: a.id, label: a.name })),
    members: members.map((m) => ({
      ...m,
      phone: m.phone ? formatPhoneVn(m.phone) : null,
      emailVerified: m.emailVerified !== null,
      createdAt: formatDate(m.createdAt),
    })),
  };
};

function manager(event: RequestEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'members.manage');
}

export const actions: Actions = {
  decide: async (event) => {
    manager(event);
    const values = await readForm(event.request);
    const target = values.userId ?? '';
    const param = parseForm(MemberParam, values);
    const parsed = parseForm(MemberDecisionInput, values);
    if (!param.ok) return invalid(values, param, { form: 'decide', target });
    if (!parsed.ok) return invalid(values, parsed, { form: 'decide', target });
    const res = await apiClient(event).v1.members[':userId'].$patch({
      param: param.output,
      json: parsed.output,
    });
    const result = await settle(res);
    if (!result.ok) return apiFailure(result, values, { form: 'decide', target });
    backToList(event, parsed.output.action);
  },
  invite: async (event) => {
    manager(event);
    const values = await readForm(event.request);
    const parsed = parseForm(InviteInput, values);
    if (!parsed.ok) return invalid(values, parsed, { form: 'invite' });
    const result = await settle(await apiClient(event).v1.members.invitations.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values, { form: 'invite' });
    backToList(event, 'invite');
  },
};

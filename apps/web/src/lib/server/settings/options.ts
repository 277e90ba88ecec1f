import type { Option } from '$lib/components/form/options.js';
import type { ApiClient } from '../api.js';
import { unwrapFor } from '../guards.js';
import type { SettingsEvent } from './common.js';

/** The lists other resources pick from (default agency of a topic, agencies of an IVR branch …). */
export async function listAgencies(event: SettingsEvent, api: ApiClient) {
  return (await unwrapFor(event, await api.v1.settings.agencies.$get())).agencies;
}

export async function listSlaClasses(event: SettingsEvent, api: ApiClient) {
  return (await unwrapFor(event, await api.v1.settings['sla-classes'].$get())).classes;
}

export async function listTopics(event: SettingsEvent, api: ApiClient) {
  return (await unwrapFor(event, await api.v1.settings.topics.$get())).topics;
}

export const toOptions = (rows: readonly { id: string; name: string; code?: string }[]): Option[] =>
  rows.map((r) => ({ value: r.id, label: r.code ? `${r.name} (${r.code})` : r.name }));

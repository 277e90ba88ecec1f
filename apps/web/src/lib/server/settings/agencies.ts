import { AgencyInput } from '@tongdai/contracts';
import { agencyFromForm } from '$lib/settings/resource-forms.js';
import { formatScheduleText } from '$lib/settings/schedule-text.js';
import { apiClient } from '../api.js';
import { settingsAdmin, submitForm, submitId, type SettingsEvent } from './common.js';
import { listAgencies, toOptions } from './options.js';

/** The directory as the form edits it: numbers in failover order, each schedule as one line of text. */
export async function loadAgencies(event: SettingsEvent) {
  settingsAdmin(event);
  const agencies = await listAgencies(event, apiClient(event));
  return {
    agencies: agencies.map((a) => ({
      ...a,
      hotlines: [...a.hotlines]
        .sort((x, y) => x.position - y.position)
        .map((h) => ({ ...h, scheduleText: formatScheduleText(h.schedule) })),
    })),
    parentOptions: toOptions(agencies),
  };
}

export type AgencyRow = Awaited<ReturnType<typeof loadAgencies>>['agencies'][number];

const agencyForm = { build: agencyFromForm, schema: AgencyInput };

export const agencyActions = {
  agencyCreate: (event: SettingsEvent) =>
    submitForm(event, {
      ...agencyForm,
      form: 'agencyCreate',
      done: 'created',
      send: (api, json) => api.v1.settings.agencies.$post({ json }),
    }),
  agencyUpdate: (event: SettingsEvent) =>
    submitForm(event, {
      ...agencyForm,
      form: 'agencyUpdate',
      done: 'saved',
      send: (api, json, values) =>
        api.v1.settings.agencies[':id'].$patch({ param: { id: values.id ?? '' }, json }),
    }),
  agencyDelete: (event: SettingsEvent) =>
    submitId(
      event,
      'agencyDelete',
      (api, id) => api.v1.settings.agencies[':id'].$delete({ param: { id } }),
      'deleted',
    ),
};

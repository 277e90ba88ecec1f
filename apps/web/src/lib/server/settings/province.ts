import { ProvinceDetailsInput } from '@tongdai/contracts';
import { provinceFromForm } from '$lib/settings/resource-forms.js';
import { apiClient } from '../api.js';
import { unwrapFor } from '../guards.js';
import { settingsAdmin, submitForm, type SettingsEvent } from './common.js';

export async function loadProvince(event: SettingsEvent) {
  settingsAdmin(event);
  const { tenant } = await unwrapFor(event, await apiClient(event).v1.settings.province.$get());
  return { province: tenant };
}

export const provinceActions = {
  provinceSave: (event: SettingsEvent) =>
    submitForm(event, {
      form: 'province',
      build: provinceFromForm,
      schema: ProvinceDetailsInput,
      send: (api, json) => api.v1.settings.province.$put({ json }),
      done: 'saved',
    }),
};

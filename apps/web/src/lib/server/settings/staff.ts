import { InviteInput } from '@tongdai/contracts';
import { apiClient, unwrap } from '../api.js';
import { settingsAdmin, submitForm, type SettingsEvent } from './common.js';

export async function loadStaff(event: SettingsEvent) {
  settingsAdmin(event);
  const { agencies } = await unwrap(await apiClient(event).v1.agencies.$get());
  return { inviteAgencies: agencies.map((a) => ({ value: a.id, label: a.name })) };
}

export const staffActions = {
  invite: (event: SettingsEvent) =>
    submitForm(event, {
      form: 'invite',
      build: (values) => ({ input: values, map: (p) => p, problems: [] }),
      schema: InviteInput,
      done: 'invite',
      send: (api, json) => api.v1.members.invitations.$post({ json }),
    }),
};

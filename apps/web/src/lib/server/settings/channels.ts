import { ChannelInput } from '@tongdai/contracts';
import { channelFromForm } from '$lib/settings/resource-forms.js';
import { apiClient } from '../api.js';
import { toChannelView } from '../channels.js';
import { unwrapFor } from '../guards.js';
import { settingsAdmin, submitForm, submitId, type SettingsEvent } from './common.js';

/** Channels with how the public sees them; secrets only as "set / not set". */
export async function loadChannels(event: SettingsEvent) {
  const profile = settingsAdmin(event);
  const { channels } = await unwrapFor(event, await apiClient(event).v1.settings.channels.$get());
  return {
    areaCode: profile.tenant.areaCode,
    channels: channels.map((c) => ({ ...c, display: toChannelView(c, profile.tenant.areaCode).display })),
  };
}

export type ChannelRow = Awaited<ReturnType<typeof loadChannels>>['channels'][number];

const channelForm = { build: channelFromForm, schema: ChannelInput };

export const channelActions = {
  channelCreate: (event: SettingsEvent) =>
    submitForm(event, {
      ...channelForm,
      form: 'channelCreate',
      done: 'created',
      send: (api, json) => api.v1.settings.channels.$post({ json }),
    }),
  channelUpdate: (event: SettingsEvent) =>
    submitForm(event, {
      ...channelForm,
      form: 'channelUpdate',
      done: 'saved',
      send: (api, json, values) =>
        api.v1.settings.channels[':id'].$put({ param: { id: values.id ?? '' }, json }),
    }),
  channelDelete: (event: SettingsEvent) =>
    submitId(
      event,
      'channelDelete',
      (api, id) => api.v1.settings.channels[':id'].$delete({ param: { id } }),
      'deleted',
    ),
};

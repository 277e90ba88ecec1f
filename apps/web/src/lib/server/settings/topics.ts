import { TopicInput } from '@tongdai/contracts';
import { moveItem } from '$lib/settings/form-rows.js';
import { topicFromForm } from '$lib/settings/resource-forms.js';
import { apiClient, settle } from '../api.js';
import { readForm } from '../forms.js';
import { backTo, refused, settingsAdmin, submitForm, submitId, type SettingsEvent } from './common.js';
import { listAgencies, listSlaClasses, listTopics, toOptions } from './options.js';

export async function loadTopics(event: SettingsEvent) {
  settingsAdmin(event);
  const api = apiClient(event);
  const [topics, agencies, classes] = await Promise.all([
    listTopics(event, api),
    listAgencies(event, api),
    listSlaClasses(event, api),
  ]);
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const className = new Map(classes.map((c) => [c.id, c.name]));
  return {
    topics: topics.map((topic) => ({
      ...topic,
      agencyName: topic.defaultAgencyId ? (agencyName.get(topic.defaultAgencyId) ?? null) : null,
      slaName: topic.slaClassId ? (className.get(topic.slaClassId) ?? null) : null,
    })),
    agencyOptions: toOptions(agencies),
    slaOptions: toOptions(classes),
  };
}

export type TopicRow = Awaited<ReturnType<typeof loadTopics>>['topics'][number];

const topicForm = { build: topicFromForm, schema: TopicInput };

export const topicActions = {
  topicTemplate: async (event: SettingsEvent) => {
    settingsAdmin(event);
    const result = await settle(await apiClient(event).v1.settings.topics['from-template'].$post());
    if (!result.ok) return refused(result, {}, { form: 'topicTemplate', target: '' });
    backTo(event, 'template');
  },
  topicCreate: (event: SettingsEvent) =>
    submitForm(event, {
      ...topicForm,
      form: 'topicCreate',
      done: 'created',
      send: (api, json) => api.v1.settings.topics.$post({ json }),
    }),
  topicUpdate: (event: SettingsEvent) =>
    submitForm(event, {
      ...topicForm,
      form: 'topicUpdate',
      done: 'saved',
      send: (api, json, values) =>
        api.v1.settings.topics[':id'].$put({ param: { id: values.id ?? '' }, json }),
    }),
  topicDelete: (event: SettingsEvent) =>
    submitId(
      event,
      'topicDelete',
      (api, id) => api.v1.settings.topics[':id'].$delete({ param: { id } }),
      'deleted',
    ),
  /** One step up or down; the API takes the whole new order. */
  topicMove: async (event: SettingsEvent) => {
    settingsAdmin(event);
    const values = await readForm(event.request);
    const api = apiClient(event);
    const ids = (await listTopics(event, api)).map((t) => t.id);
    const order = moveItem(ids, values.id ?? '', values.direction === 'up' ? -1 : 1);
    const result = await settle(await api.v1.settings.topics.order.$put({ json: { ids: order } }));
    if (!result.ok) return refused(result, values, { form: 'topicMove', target: values.id ?? '' });
    backTo(event, 'moved');
  },
};

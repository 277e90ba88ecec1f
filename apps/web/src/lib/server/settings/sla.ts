import { SlaClassInput } from '@tongdai/contracts';
import { slaClassFromForm } from '$lib/settings/resource-forms.js';
import { apiClient, settle } from '../api.js';
import { readForm } from '../forms.js';
import { backTo, refused, settingsAdmin, submitForm, submitId, type SettingsEvent } from './common.js';
import { listSlaClasses, listTopics } from './options.js';

export async function loadSla(event: SettingsEvent) {
  settingsAdmin(event);
  const api = apiClient(event);
  const [classes, topics] = await Promise.all([listSlaClasses(event, api), listTopics(event, api)]);
  const uses = (id: string) => topics.filter((t) => t.slaClassId === id).length;
  return {
    classes: classes.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      acknowledgeAmount: c.acknowledgeAmount,
      acknowledgeUnit: c.acknowledgeUnit,
      answerAmount: c.answerAmount,
      answerUnit: c.answerUnit,
      topics: uses(c.id),
    })),
    topicsWithoutClass: topics.filter((t) => !t.slaClassId).length,
  };
}

export type SlaData = Awaited<ReturnType<typeof loadSla>>;
export type SlaRow = SlaData['classes'][number];

const slaForm = { build: slaClassFromForm, schema: SlaClassInput };

export const slaActions = {
  slaCreate: (event: SettingsEvent) =>
    submitForm(event, {
      ...slaForm,
      form: 'slaCreate',
      done: 'created',
      send: (api, json) => api.v1.settings['sla-classes'].$post({ json }),
    }),
  slaUpdate: (event: SettingsEvent) =>
    submitForm(event, {
      ...slaForm,
      form: 'slaUpdate',
      done: 'saved',
      send: (api, json, values) =>
        api.v1.settings['sla-classes'][':id'].$put({ param: { id: values.id ?? '' }, json }),
    }),
  slaDelete: (event: SettingsEvent) =>
    submitId(
      event,
      'slaDelete',
      (api, id) => api.v1.settings['sla-classes'][':id'].$delete({ param: { id } }),
      'deleted',
    ),
  /** Gives every topic that has no class yet this one (each topic keeps its other fields). */
  slaApply: async (event: SettingsEvent) => {
    settingsAdmin(event);
    const values = await readForm(event.request);
    const slaClassId = values.id ?? '';
    const api = apiClient(event);
    const target = { form: 'slaApply', target: slaClassId };
    for (const topic of await listTopics(event, api)) {
      if (topic.slaClassId) continue;
      const json = { code: topic.code, name: topic.name, defaultAgencyId: topic.defaultAgencyId, slaClassId };
      const result = await settle(
        await api.v1.settings.topics[':id'].$put({ param: { id: topic.id }, json }),
      );
      if (!result.ok) return refused(result, values, target);
    }
    backTo(event, 'applied');
  },
};

import { IvrBranchInput, RosterWeekInput } from '@tongdai/contracts';
import { addDaysToLocalDate, formatPhoneVn, toLocalMoment } from '@tongdai/core';
import { t } from '$lib/i18n/index.js';
import { ivrBranchFromForm, rosterFromForm } from '$lib/settings/resource-forms.js';
import { mondayOf, weekFromQuery } from '$lib/settings/vn-date.js';
import { apiClient, settle } from '../api.js';
import { readForm } from '../forms.js';
import { unwrapFor } from '../guards.js';
import { backTo, refused, settingsAdmin, submitForm, submitId, type SettingsEvent } from './common.js';
import { listAgencies, listTopics, toOptions } from './options.js';

/** Branches, and one branch's roster for one week (`?nhanh=<id>&tuan=<any day of the week>`). */
export async function loadIvr(event: SettingsEvent) {
  const profile = settingsAdmin(event);
  const api = apiClient(event);
  const [{ branches }, topics, agencies] = await Promise.all([
    unwrapFor(event, await api.v1.settings.ivr.$get()),
    listTopics(event, api),
    listAgencies(event, api),
  ]);
  const today = toLocalMoment(new Date(), profile.tenant.timeZone).date;
  const thisWeek = mondayOf(today);
  const week = weekFromQuery(event.url.searchParams.get('tuan')) ?? thisWeek;
  const wanted = event.url.searchParams.get('nhanh');
  const branch = branches.find((b) => b.id === wanted) ?? branches[0] ?? null;
  const entries = branch
    ? (
        await unwrapFor(
          event,
          await api.v1.settings.ivr[':id'].roster.$get({
            param: { id: branch.id },
            query: { weekStart: week },
          }),
        )
      ).entries
    : [];
  return {
    branches,
    topicOptions: toOptions(topics),
    agencyOptions: toOptions(agencies),
    roster: branch
      ? {
          branchId: branch.id,
          branchLabel: branch.label,
          branchDigit: branch.digit,
          week,
          thisWeek,
          prevWeek: addDaysToLocalDate(week, -7),
          nextWeek: addDaysToLocalDate(week, 7),
          entries: entries.map((e) => ({
            weekday: e.weekday,
            startTime: e.startTime,
            endTime: e.endTime,
            name: e.name,
            phone: formatPhoneVn(e.phone),
            email: e.email ?? '',
            agencyId: e.agencyId ?? '',
          })),
        }
      : null,
  };
}

export type IvrData = Awaited<ReturnType<typeof loadIvr>>;

const branchForm = { build: ivrBranchFromForm, schema: IvrBranchInput };

export const ivrActions = {
  branchCreate: (event: SettingsEvent) =>
    submitForm(event, {
      ...branchForm,
      form: 'branchCreate',
      done: 'created',
      send: (api, json) => api.v1.settings.ivr.$post({ json }),
    }),
  branchUpdate: (event: SettingsEvent) =>
    submitForm(event, {
      ...branchForm,
      form: 'branchUpdate',
      done: 'saved',
      send: (api, json, values) => api.v1.settings.ivr[':id'].$put({ param: { id: values.id ?? '' }, json }),
    }),
  branchDelete: (event: SettingsEvent) =>
    submitId(
      event,
      'branchDelete',
      (api, id) => api.v1.settings.ivr[':id'].$delete({ param: { id } }),
      'deleted',
    ),
  rosterSave: (event: SettingsEvent) =>
    submitForm(event, {
      form: 'roster',
      build: rosterFromForm,
      schema: RosterWeekInput,
      done: 'roster',
      send: (api, json, values) =>
        api.v1.settings.ivr[':id'].roster.$put({ param: { id: values.id ?? '' }, json }),
    }),
  /** Starts a week from the one before it; the admin then edits what changed. */
  rosterCopy: async (event: SettingsEvent) => {
    settingsAdmin(event);
    const values = await readForm(event.request);
    const target = { form: 'roster', target: values.id ?? '' };
    const weekStart = weekFromQuery(values.weekStart ?? null);
    const id = values.id ?? '';
    const api = apiClient(event).v1.settings.ivr[':id'].roster;
    if (!weekStart)
      return refused({ status: 400, error: { code: 'VALIDATION_FAILED', message: '' } }, values, target);
    const before = await settle(
      await api.$get({ param: { id }, query: { weekStart: addDaysToLocalDate(weekStart, -7) } }),
    );
    if (!before.ok) return refused(before, values, target);
    if (before.data.entries.length === 0) {
      const message = t(event.locals.locale, 'settings.roster.nothingToCopy');
      return refused({ status: 409, error: { code: 'CONFLICT', message } }, values, target);
    }
    const entries = before.data.entries.map((e) => ({
      agencyId: e.agencyId,
      weekday: e.weekday,
      startTime: e.startTime,
      endTime: e.endTime,
      name: e.name,
      phone: e.phone,
      ...(e.email ? { email: e.email } : {}),
    }));
    const saved = await settle(await api.$put({ param: { id }, json: { weekStart, entries } }));
    if (!saved.ok) return refused(saved, values, target);
    backTo(event, 'copied');
  },
};

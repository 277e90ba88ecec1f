import { actionBase } from '$lib/settings/form-rows.js';
import { apiClient } from '../api.js';
import { unwrapFor } from '../guards.js';
import { settingsAdmin, type SettingsEvent } from './common.js';

/** What the wizard and the settings pages show around every page: the checklist and what was just done. */
export async function loadChecklist(event: SettingsEvent) {
  const profile = settingsAdmin(event);
  const checklist = await unwrapFor(event, await apiClient(event).v1.settings.checklist.$get());
  const number = (name: string) => {
    const value = Number(event.url.searchParams.get(name));
    return Number.isInteger(value) && value >= 0 ? value : null;
  };
  return {
    tenantName: profile.tenant.officialName,
    checklist,
    live: checklist.status === 'active',
    done: event.url.searchParams.get('done'),
    written: number('written'),
    skipped: number('skipped'),
    actionBase: actionBase(event.url),
  };
}

export type ChecklistData = Awaited<ReturnType<typeof loadChecklist>>['checklist'];

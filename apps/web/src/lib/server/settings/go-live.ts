import { apiClient, settle } from '../api.js';
import { backTo, refused, settingsAdmin, type SettingsEvent } from './common.js';

export const goLiveActions = {
  /** The API refuses with the missing items as issues (path = checklist key); they are listed on the page. */
  goLive: async (event: SettingsEvent) => {
    settingsAdmin(event);
    const result = await settle(await apiClient(event).v1.settings['go-live'].$post());
    if (!result.ok) return refused(result, {}, { form: 'goLive', target: '' });
    backTo(event, 'live');
  },
};

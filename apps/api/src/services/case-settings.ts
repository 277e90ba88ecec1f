import type { CaseSettingsInput, CaseSettingsOutput } from '@tongdai/contracts';
import { DEFAULT_FEEDBACK_WINDOW_DAYS } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../context.js';
import { inTenant } from '../lib/tenant-db.js';
import { audit } from './audit.js';

/** The province's handling settings, with the defaults when it never saved any. */
export function getCaseSettings(c: Context<AppEnv>): Promise<CaseSettingsOutput> {
  return inTenant(c, async (tx, tenantId) => {
    const saved = await queries.getCaseSettings(tx, tenantId);
    return {
      autoRelay: saved?.autoRelay ?? false,
      feedbackWindowDays: saved?.feedbackWindowDays ?? DEFAULT_FEEDBACK_WINDOW_DAYS,
    };
  });
}

export function saveCaseSettings(c: Context<AppEnv>, auth: AuthState, input: CaseSettingsInput) {
  return inTenant(c, async (tx, tenantId) => {
    await queries.saveCaseSettings(tx, tenantId, { ...input, updatedBy: auth.userId });
    await audit(c, tx, tenantId, { action: 'case_settings.updated', details: { ...input } });
    return input;
  });
}

import { can } from '@tongdai/core';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { assertPermission, requireAuth } from '../../middleware/require-permission.js';

/** Operators and supervisors read every case; agency staff only their agency's (the database enforces it). */
export function assertCaseReader(c: Context<AppEnv>): AuthState {
  const auth = requireAuth(c);
  return assertPermission(c, can(auth.role, 'cases.read_agency') ? 'cases.read_agency' : 'cases.read_all');
}

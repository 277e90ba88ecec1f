import { can } from '@tongdai/core';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { assertPermission, requireAuth } from '../../middleware/require-permission.js';

/** Operators and supervisors read every case; agency staff only their agency's (the database enforces it). */
export function assertCaseReader(c: Context<AppEnv>): AuthState {
  const auth = requireAuth(c);
  return assertPermission(c, can(auth.role, 'cases.read_agency') ? 'cases.read_agency' : 'cases.read_all');
}

/** Intake and 1022's own handling steps: operators and supervisors. */
export const assertCaseHandler = (c: Context<AppEnv>): AuthState => assertPermission(c, 'cases.handle');

/** Steps an agency takes itself (acknowledge, answer, note), or 1022 records on its behalf. */
export function assertCaseHandlerOrAgency(c: Context<AppEnv>): AuthState {
  const auth = requireAuth(c);
  return assertPermission(c, can(auth.role, 'cases.answer_agency') ? 'cases.answer_agency' : 'cases.handle');
}

export const assertSupervisor = (c: Context<AppEnv>): AuthState => assertPermission(c, 'cases.supervise');

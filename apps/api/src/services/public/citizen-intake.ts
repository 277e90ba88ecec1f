import type { CreateCaseInput } from '@tongdai/contracts';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { createCase, type CreatedCase } from '../cases/intake.js';

/**
 * Intake for requests no staff member typed in (the portal form, Open311 clients): the same service
 * as staff intake, acting for nobody. `createCase` takes the signed-in person; here the actor has no
 * user and no role, so the timeline records no actor and no operator is assigned.
 */
const NOBODY = {
  sessionId: '',
  // The intake writes this as the event's actor_user_id: NULL, like the SLA job's events.
  userId: null as unknown as string,
  email: '',
  name: '',
  scope: 'tenant',
  role: null,
  status: null,
  agencyId: null,
  emailVerified: false,
  twoFactorEnabled: false,
  twoFactorVerified: false,
} satisfies AuthState;

/**
 * Runs the intake in the province's context without the browser's session, if any: a staff member
 * who sends the public form from a signed-in browser is a citizen there (their role must not apply).
 */
export function createCitizenCase(
  c: Context<AppEnv>,
  key: string,
  input: CreateCaseInput,
): Promise<CreatedCase> {
  c.set('auth', null);
  return createCase(c, NOBODY, key, input);
}

import type { CreateCaseInput } from '@tongdai/contracts';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { NO_ACTOR } from '../cases/case-action.js';
import { createCase, type CreatedCase, type OnCaseCreated } from '../cases/intake.js';

/**
 * Intake for requests no staff member typed in (the portal form, Open311 clients): the same service
 * as staff intake, with no actor. It runs in the province's context without the browser's session,
 * if any: a staff member who sends the public form from a signed-in browser is a citizen there.
 * `onCreated` runs in the transaction that creates the case (the form's files).
 */
export function createCitizenCase(
  c: Context<AppEnv>,
  key: string,
  input: CreateCaseInput,
  onCreated?: OnCaseCreated,
): Promise<CreatedCase> {
  c.set('auth', null);
  return createCase(c, NO_ACTOR, key, input, onCreated);
}

import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { homePathFor, requiresTwoFactor, type Permission } from '@tongdai/core';
import { throwApiError, type ApiResponse } from './api.js';
import { readApiError } from './api-error.js';
import { withNext } from './next-path.js';
import type { SessionUser } from './session.js';

type GuardEvent = Pick<RequestEvent, 'locals' | 'url'>;

const here = (url: URL) => `${url.pathname}${url.search}`;

/** The step a signed-in person must take before anything else, or null when they may go on. */
export function pendingStep(user: SessionUser): '/cho-duyet' | '/xac-thuc-2-lop' | '/cai-dat-2-lop' | null {
  if (user.status === 'pending') return '/cho-duyet';
  if (requiresTwoFactor(user.role) && !user.twoFactor.verified) {
    return user.twoFactor.enabled ? '/xac-thuc-2-lop' : '/cai-dat-2-lop';
  }
  return null;
}

/** Where a person lands: the step they still owe, else their role's home. */
export function landingPath(user: SessionUser): string {
  return pendingStep(user) ?? (user.role ? homePathFor(user.role) : '/');
}

export function requireUser(event: GuardEvent): SessionUser {
  if (!event.locals.user) redirect(303, withNext('/dang-nhap', here(event.url)));
  return event.locals.user;
}

/** Signed in, approved and past the second factor where the role needs one. */
export function requireActive(event: GuardEvent): SessionUser {
  const user = requireUser(event);
  const step = pendingStep(user);
  if (step === '/cho-duyet') redirect(303, step);
  if (step) redirect(303, withNext(step, here(event.url)));
  if (user.status !== 'active') error(403, { message: 'Forbidden', code: 'FORBIDDEN' });
  return user;
}

/** The same table the API checks: what the role cannot do is a 403 page, not a broken one. */
export function requirePermission(event: GuardEvent, permission: Permission): SessionUser {
  const user = requireActive(event);
  if (!(user.permissions as readonly string[]).includes(permission)) {
    error(403, { message: 'Forbidden', code: 'FORBIDDEN' });
  }
  return user;
}

/** Maps the API's refusals to where the person should go; anything else becomes an error page. */
export function guardApiError(event: GuardEvent, status: number, body: unknown): never {
  const code = readApiError(body)?.code;
  if (code === 'UNAUTHENTICATED') redirect(303, withNext('/dang-nhap', here(event.url)));
  if (code === 'ACCOUNT_PENDING') redirect(303, '/cho-duyet');
  if (code === 'TWO_FACTOR_REQUIRED') {
    const step = event.locals.user?.twoFactor.enabled === false ? '/cai-dat-2-lop' : '/xac-thuc-2-lop';
    redirect(303, withNext(step, here(event.url)));
  }
  throwApiError(status, body);
}

/** `unwrap` for pages behind sign-in. */
export async function unwrapFor<T>(event: GuardEvent, res: ApiResponse<T>): Promise<T> {
  if (res.ok) return res.json();
  guardApiError(event, res.status, await res.json().catch(() => null));
}

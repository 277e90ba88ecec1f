import { checkPasswordPolicy, hashPassword, verifyPassword } from '@tongdai/auth';
import { requiresTwoFactor, type Role } from '@tongdai/core';
import { ApiError } from '../../lib/errors.js';

export { hashPassword, verifyPassword };
export const requiresTwoFactorFor = (role: Role | null) => requiresTwoFactor(role);

/** Refuses a password that breaks the policy, with each reason for the person. */
export function assertPasswordPolicy(password: string, who: { email?: string; name?: string }) {
  const issues = checkPasswordPolicy(password, who);
  if (issues.length > 0) {
    throw new ApiError(
      'VALIDATION_FAILED',
      issues[0]!.message,
      issues.map((i) => ({ path: 'password', message: i.message })),
    );
  }
}

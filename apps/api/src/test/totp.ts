import { generateHOTP } from '@oslojs/otp';

/** The code an authenticator app shows for `key` at `at` (30-second steps, 6 digits). */
export function totpCodeAt(key: Uint8Array, at: Date): string {
  return generateHOTP(key, BigInt(Math.floor(at.getTime() / 30_000)), 6);
}

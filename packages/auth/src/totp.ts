import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';
import { decodeBase64, encodeBase64 } from '@oslojs/encoding';

/** TOTP (RFC 6238) for administrators: SHA-1, 6 digits, 30-s steps, which every authenticator app reads. */
export const TOTP_ISSUER = 'Tổng đài 1022';
const PERIOD_SECONDS = 30;
const DIGITS = 6;
const KEY_BYTES = 20;
const CODE_PATTERN = /^\d{6}$/;

export function createTotpKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(KEY_BYTES));
}

export function totpKeyUri(input: { issuer?: string; accountName: string; key: Uint8Array }): string {
  const uri = createTOTPKeyURI(
    input.issuer ?? TOTP_ISSUER,
    input.accountName,
    input.key,
    PERIOD_SECONDS,
    DIGITS,
  );
  // URLSearchParams writes spaces as '+', which some authenticator apps show literally ("Tổng+đài+1022").
  // A real '+' is already '%2B' there, so every remaining '+' is a space.
  return uri.replace(/\+/g, '%20');
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/**
 * The time step the code belongs to (current or previous: 30 s grace for slow typing), or null.
 * Store the step after a success and refuse codes whose step is not newer: RFC 6238 forbids replay.
 */
export function matchTotp(key: Uint8Array, code: string, now: Date = new Date()): number | null {
  if (!CODE_PATTERN.test(code)) return null;
  const current = totpStep(now);
  for (const step of [current, current - 1]) {
    if (verifyHOTP(key, BigInt(step), DIGITS, code)) return step;
  }
  return null;
}

export function verifyTotp(key: Uint8Array, code: string, now: Date = new Date()): boolean {
  return matchTotp(key, code, now) !== null;
}

export function encodeTotpKey(key: Uint8Array): string {
  return encodeBase64(key);
}

export function decodeTotpKey(encoded: string): Uint8Array {
  const key = decodeBase64(encoded);
  if (key.byteLength !== KEY_BYTES) throw new Error(`TOTP key must be ${KEY_BYTES} bytes`);
  return key;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of `message` as base64url text, optionally cut to `bytes` bytes before encoding. */
export function hmacText(key: string | Buffer, message: string, bytes?: number): string {
  const digest = createHmac('sha256', key).update(message).digest();
  return (bytes ? digest.subarray(0, bytes) : digest).toString('base64url');
}

/**
 * Compares a signature as given with the expected one, as text and in constant time. Comparing text
 * (not decoded bytes) matters: base64url's last character carries spare bits, so decoding first would
 * accept several spellings of one signature.
 */
export function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

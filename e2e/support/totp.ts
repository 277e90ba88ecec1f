import { generateTOTP } from '@oslojs/otp';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (what authenticator apps are given) to the key bytes. */
export function base32Bytes(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const index = ALPHABET.indexOf(ch);
    if (index < 0) throw new Error(`Not base32: ${ch}`);
    value = ((value << 5) | index) & 0xfff; // at most 12 pending bits
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** The current 6-digit code for a key shown on the 2FA set-up page, as an authenticator app computes it. */
export function totpFor(base32Key: string): string {
  return generateTOTP(base32Bytes(base32Key), 30, 6);
}

import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/**
 * One-use recovery codes shown once when TOTP is enabled. The 32-letter alphabet drops 0/o and 1/l so a
 * code read from paper cannot be mistyped; 12 characters carry 60 bits, out of reach of online guessing.
 */
export const RECOVERY_CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

function randomCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(GROUPS * GROUP_LENGTH));
  // 256 is a multiple of 32, so the top five bits of a byte pick a letter without bias.
  const chars = Array.from(bytes, (b) => RECOVERY_CODE_ALPHABET[b >> 3]);
  const groups = Array.from({ length: GROUPS }, (_, i) =>
    chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH),
  );
  return groups.map((g) => g.join('')).join('-');
}

export function generateRecoveryCodes(n = 10): string[] {
  const codes = new Set<string>();
  while (codes.size < n) codes.add(randomCode());
  return [...codes];
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(normalizeRecoveryCode(code))));
}

import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/**
 * Tokens for invitation, e-mail verification and password-reset links. Only the hash is stored;
 * lowercase base32 survives mail clients that change case or break long URLs at odd characters.
 */
export interface OneTimeToken {
  token: string;
  tokenHash: string;
}

const TOKEN_BYTES = 32;

export function hashOneTimeToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function generateOneTimeToken(): OneTimeToken {
  const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function isTokenUsable(
  record: { expiresAt: Date; usedAt: Date | null | undefined },
  now: Date,
): boolean {
  return record.usedAt == null && now.getTime() < record.expiresAt.getTime();
}

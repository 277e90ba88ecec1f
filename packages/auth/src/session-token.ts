import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * Session tokens after Lucia's current reference design: `<id>.<secret>`. The id is the lookup key;
 * only SHA-256(secret) is stored, so a leaked sessions table cannot be replayed as cookies.
 */
export interface GeneratedSessionToken {
  token: string;
  id: string;
  secretHash: Uint8Array;
}

export interface ParsedSessionToken {
  id: string;
  secret: string;
}

// 20 bytes = 160 bits, exactly 32 base32 characters, so every character of a valid part is free.
const PART_BYTES = 20;
const PART_PATTERN = '[a-z2-7]{32}';
const TOKEN_PATTERN = new RegExp(`^(${PART_PATTERN})\\.(${PART_PATTERN})$`);

function randomPart(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(PART_BYTES)));
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function generateSessionToken(): GeneratedSessionToken {
  const id = randomPart();
  const secret = randomPart();
  return { token: `${id}.${secret}`, id, secretHash: hashSecret(secret) };
}

export function parseSessionToken(token: string | null | undefined): ParsedSessionToken | null {
  if (!token) return null;
  const match = TOKEN_PATTERN.exec(token);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { id: match[1], secret: match[2] };
}

export function verifySecret(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), storedHash);
}

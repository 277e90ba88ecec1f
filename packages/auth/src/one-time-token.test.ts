import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateOneTimeToken, hashOneTimeToken, isTokenUsable } from './one-time-token.js';

describe('generateOneTimeToken', () => {
  it('returns a 256-bit lowercase base32 token and the SHA-256 hex of it', () => {
    const { token, tokenHash } = generateOneTimeToken();
    expect(token).toMatch(/^[a-z2-7]{52}$/);
    expect(tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => generateOneTimeToken().token));
    expect(tokens.size).toBe(100);
  });

  it('hashes consistently so a link can be looked up by its hash', () => {
    const { token, tokenHash } = generateOneTimeToken();
    expect(hashOneTimeToken(token)).toBe(tokenHash);
    expect(hashOneTimeToken(`${token}x`)).not.toBe(tokenHash);
  });
});

describe('isTokenUsable', () => {
  const now = new Date('2026-03-01T08:00:00Z');
  const later = new Date(now.getTime() + 60_000);

  it('is usable before expiry when unused', () => {
    expect(isTokenUsable({ expiresAt: later, usedAt: null }, now)).toBe(true);
    expect(isTokenUsable({ expiresAt: later, usedAt: undefined }, now)).toBe(true);
  });

  it('is not usable at or after expiry', () => {
    expect(isTokenUsable({ expiresAt: now, usedAt: null }, now)).toBe(false);
    expect(isTokenUsable({ expiresAt: now, usedAt: null }, later)).toBe(false);
  });

  it('is not usable once used, even before expiry', () => {
    expect(isTokenUsable({ expiresAt: later, usedAt: now }, now)).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSessionToken, hashSecret, parseSessionToken, verifySecret } from './session-token.js';

const PART = /^[a-z2-7]{32}$/;

describe('generateSessionToken', () => {
  it('returns id.secret with lowercase unpadded base32 parts and the hash of the secret', () => {
    const { token, id, secretHash } = generateSessionToken();
    const [tokenId, secret] = token.split('.');
    expect(tokenId).toBe(id);
    expect(id).toMatch(PART);
    expect(secret).toMatch(PART);
    const expected = createHash('sha256')
      .update(secret ?? '')
      .digest();
    expect(Buffer.from(secretHash).equals(expected)).toBe(true);
    expect(secretHash).toHaveLength(32);
  });

  it('never repeats ids or secrets', () => {
    const tokens = Array.from({ length: 200 }, () => generateSessionToken().token);
    const parts = tokens.flatMap((t) => t.split('.'));
    expect(new Set(parts).size).toBe(400);
  });

  it('does not put the secret in the hash or the id', () => {
    const { token, id, secretHash } = generateSessionToken();
    const secret = token.slice(id.length + 1);
    expect(id).not.toBe(secret);
    expect(new TextDecoder().decode(secretHash)).not.toContain(secret);
  });
});

describe('parseSessionToken', () => {
  const { token, id } = generateSessionToken();
  const secret = token.slice(id.length + 1);

  it('splits a token it generated', () => {
    expect(parseSessionToken(token)).toEqual({ id, secret });
  });

  it('rejects empty and malformed tokens', () => {
    const bad = [
      '',
      null,
      undefined,
      id,
      `${id}.`,
      `.${secret}`,
      `${id}.${secret}.`,
      `${id}.${secret}.${secret}`,
      `${id}..${secret}`,
      token.toUpperCase(),
      `${id}.${secret.slice(1)}`,
      `${id}.${secret}a`,
      `${id}.${secret.slice(1)}1`,
      `${id}.${secret.slice(1)}=`,
      ` ${token}`,
      `${token}\n`,
    ];
    for (const candidate of bad) expect(parseSessionToken(candidate), String(candidate)).toBeNull();
  });
});

describe('verifySecret', () => {
  it('accepts the secret whose hash was stored and rejects any other', () => {
    const { token, id, secretHash } = generateSessionToken();
    const secret = token.slice(id.length + 1);
    expect(verifySecret(secret, secretHash)).toBe(true);
    expect(
      verifySecret(
        secret.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')),
        secretHash,
      ),
    ).toBe(false);
    expect(verifySecret(generateSessionToken().id, secretHash)).toBe(false);
  });

  it('rejects a stored hash of the wrong length instead of throwing', () => {
    const secret = 'abc';
    expect(verifySecret(secret, hashSecret(secret).slice(0, 16))).toBe(false);
    expect(verifySecret(secret, new Uint8Array())).toBe(false);
  });
});

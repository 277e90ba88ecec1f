import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, DEV_SECRETS_KEY } from './secret-box.js';

describe('secret box', () => {
  const box = createSecretBox(randomBytes(32).toString('base64'));

  it('round-trips a secret and never stores it in clear', () => {
    const sealed = box.seal('zalo-oa-access-token-123');
    expect(sealed).not.toContain('zalo');
    expect(box.open(sealed)).toBe('zalo-oa-access-token-123');
  });

  it('uses a fresh IV each time', () => {
    expect(box.seal('x')).not.toBe(box.seal('x'));
  });

  it('refuses tampered ciphertext and another key', () => {
    const sealed = box.seal('bí mật');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => createSecretBox(DEV_SECRETS_KEY).open(sealed)).toThrow();
  });

  it('refuses keys of the wrong size', () => {
    expect(() => createSecretBox(Buffer.from('short').toString('base64'))).toThrow(/32 bytes/);
  });
});

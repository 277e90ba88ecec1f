import { describe, expect, it } from 'vitest';
import { readStatusToken, signStatusToken } from './status-link.js';

const tenant = '7d1f3c52-0f5e-4a53-9c51-2b1ad6c1e0a1';
const other = '0b4f8f7e-52a3-47a1-8a2e-6f3fd3b9b111';
const caseId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('status links', () => {
  it('round-trips the case id for the province that signed it', () => {
    const token = signStatusToken('k', tenant, caseId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect(readStatusToken('k', tenant, token)).toBe(caseId);
  });

  it('refuses another province, another key, a changed id or MAC, and garbage', () => {
    const token = signStatusToken('k', tenant, caseId);
    expect(readStatusToken('k', other, token)).toBeNull();
    expect(readStatusToken('k2', tenant, token)).toBeNull();
    const [id, mac] = token.split('.') as [string, string];
    const otherId = signStatusToken('k', tenant, '3f2504e0-4f89-41d3-9a0c-0305e82c3302').split('.')[0];
    expect(readStatusToken('k', tenant, `${otherId}.${mac}`)).toBeNull();
    expect(readStatusToken('k', tenant, `${id}.${mac.slice(0, -2)}AA`)).toBeNull();
    // Every other last character, including those that decode to the same bytes (spare bits).
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const last of alphabet.replace(mac.slice(-1), '')) {
      expect(readStatusToken('k', tenant, `${id}.${mac.slice(0, -1)}${last}`)).toBeNull();
      expect(readStatusToken('k', tenant, `${id.slice(0, -1)}${last}.${mac}`)).toBeNull();
    }
    for (const junk of ['', '.', 'abc', `${id}`, `${id}.${mac}.x`, `${id}.`]) {
      expect(readStatusToken('k', tenant, junk)).toBeNull();
    }
  });
});

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signFeedbackToken, verifyFeedbackToken } from './link-token.js';

const key = randomBytes(32);
const tenant = '7d1b8f0e-2f1c-4a55-9c1e-1f7a1b2c3d4e';
const caseId = '0b7e6a52-93c4-4d2e-8f6a-2c1d0e9f8a7b';
const issuedAt = new Date('2026-05-04T08:00:00Z');

describe('feedback link tokens', () => {
  it('round-trips the case and the issue time', () => {
    const token = signFeedbackToken(key, tenant, { caseId, issuedAt });
    expect(token).toMatch(/^[0-9a-f]{32}\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyFeedbackToken(key, tenant, token)).toEqual({ caseId, issuedAt });
  });

  it('refuses an altered case, another province, another key and garbage', () => {
    const token = signFeedbackToken(key, tenant, { caseId, issuedAt });
    const otherCase = `1${token.slice(1)}`;
    expect(verifyFeedbackToken(key, tenant, otherCase)).toBeNull();
    expect(verifyFeedbackToken(key, '00000000-0000-0000-0000-000000000000', token)).toBeNull();
    expect(verifyFeedbackToken(randomBytes(32), tenant, token)).toBeNull();
    expect(verifyFeedbackToken(key, tenant, 'summary')).toBeNull();
    expect(verifyFeedbackToken(key, tenant, `${token}x`)).toBeNull();
  });
});

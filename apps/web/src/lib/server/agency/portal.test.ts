import { describe, expect, it } from 'vitest';
import { localInput } from './portal.js';

describe('localInput', () => {
  it('writes a datetime-local value on Vietnam’s clock, whole minutes only', () => {
    expect(localInput(new Date('2026-11-24T03:38:27.512Z'))).toBe('2026-11-24T10:38');
    expect(localInput(new Date('2026-12-31T17:05:00Z'))).toBe('2027-01-01T00:05');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateTimeVn } from './format-vn.js';

describe('formatDateTimeVn', () => {
  it('shows the Vietnamese wall clock whatever the server zone', () => {
    expect(formatDateTimeVn(new Date('2026-05-07T09:30:00Z'))).toBe('16:30 07/05/2026');
    expect(formatDateTimeVn(new Date('2026-12-31T17:05:00Z'))).toBe('00:05 01/01/2027');
  });
});

import { describe, expect, it } from 'vitest';
import { doneMessage } from './done-message.js';

describe('doneMessage', () => {
  it('says what was done, and nothing for an unknown or missing key', () => {
    expect(doneMessage('vi', 'saved', null, null)).toBeTruthy();
    expect(doneMessage('vi', 'nonsense', null, null)).toBeNull();
    expect(doneMessage('vi', null, null, null)).toBeNull();
  });

  it('counts written and skipped rows of an import', () => {
    const text = doneMessage('vi', 'import', 4, 1);
    expect(text).toContain('4');
    expect(text).toContain('1');
    expect(doneMessage('en', 'import', 4, 0)).not.toContain('skipped');
  });
});

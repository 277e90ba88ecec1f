import { describe, expect, it } from 'vitest';
import { isUuid } from './ids.js';

const canonical = '3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c';

describe('isUuid', () => {
  it('accepts a canonical UUID in lower or upper case', () => {
    for (const id of [canonical, canonical.toUpperCase(), '00000000-0000-0000-0000-000000000000']) {
      expect(isUuid(id), id).toBe(true);
    }
  });

  it.each([
    ['one digit short', canonical.slice(0, -1)],
    ['one digit long', `${canonical}0`],
    ['padded with a space', ` ${canonical}`],
    ['without dashes', canonical.replaceAll('-', '')],
    ['in braces', `{${canonical}}`],
    ['with a dash out of place', '3f2b8c1e9-a4d-4e7b-8c2a-1d5e6f7a8b9c'],
    ['with a non-hex digit', `${canonical.slice(0, -1)}g`],
    ['of letters only', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'],
    ['empty', ''],
  ])('refuses an id %s', (_, id) => {
    expect(isUuid(id)).toBe(false);
  });
});

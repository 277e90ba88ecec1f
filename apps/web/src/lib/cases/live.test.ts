import { describe, expect, it } from 'vitest';
import { parseCaseChange } from './live.js';
import { readActionResult } from './types.js';

describe('parseCaseChange', () => {
  it('reads the ids the stream sends', () => {
    expect(parseCaseChange('{"caseId":"c1","kind":"escalated"}')).toEqual({
      caseId: 'c1',
      kind: 'escalated',
    });
    expect(parseCaseChange('{"caseId":"c1"}')).toEqual({ caseId: 'c1', kind: 'changed' });
  });

  it('ignores anything else', () => {
    expect(parseCaseChange('{"kind":"x"}')).toBeNull();
    expect(parseCaseChange('not json')).toBeNull();
    expect(parseCaseChange(42)).toBeNull();
  });
});

describe('readActionResult', () => {
  it('tells a done step from a refused one', () => {
    expect(readActionResult({ form: 'note', done: 'note', params: {} }).done?.done).toBe('note');
    const refused = readActionResult({ form: 'close', values: {}, errors: {}, message: 'Không được' });
    expect(refused.failure?.message).toBe('Không được');
    expect(readActionResult(null)).toEqual({ failure: null, done: null });
    expect(readActionResult({ other: 1 })).toEqual({ failure: null, done: null });
  });
});

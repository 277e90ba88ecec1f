import { describe, expect, it } from 'vitest';
import { doneOf, failureOf } from './form-result.js';

describe('form results', () => {
  it('reads a refusal with its values and errors', () => {
    expect(
      failureOf({ form: 'publish', values: { question: 'x' }, errors: { answer: 'Còn số điện thoại' } }),
    ).toEqual({
      form: 'publish',
      values: { question: 'x' },
      errors: { answer: 'Còn số điện thoại' },
    });
    expect(failureOf({ done: 'ok' })).toBeNull();
    expect(failureOf(null)).toBeNull();
  });

  it('reads a success and its string fields', () => {
    expect(doneOf({ done: 'merged', duplicate: 'A', original: 'B', n: 1 })).toEqual({
      done: 'merged',
      fields: { done: 'merged', duplicate: 'A', original: 'B' },
    });
    expect(doneOf({ values: {}, errors: {} })).toBeNull();
  });
});

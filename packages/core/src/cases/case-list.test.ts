import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimRefusal, decodeCaseCursor, encodeCaseCursor, isOpenStatus } from './case-list.js';
import { CASE_STATUSES } from './case-types.js';
import { canonicalJson, isIdempotencyKey } from './idempotency.js';

describe('case cursor', () => {
  it('round-trips any position', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-01-01') }),
        fc.uuid(),
        (d, id) => {
          expect(decodeCaseCursor(encodeCaseCursor({ receivedAt: d, id }))).toEqual({ receivedAt: d, id });
        },
      ),
    );
  });

  it('refuses anything it did not produce', () => {
    for (const bad of [
      '',
      'x',
      '!!!',
      btoa('2026-01-01T00:00:00.000Z|not-a-uuid'),
      btoa('yesterday|' + crypto.randomUUID()),
    ]) {
      expect(decodeCaseCursor(bad)).toBeNull();
    }
  });
});

describe('statuses and claims', () => {
  it('counts everything but closed and merged as open', () => {
    expect(CASE_STATUSES.filter((s) => !isOpenStatus(s))).toEqual(['closed', 'merged']);
  });

  it('lets an operator claim a free case or their own, not another one’s or a closed one', () => {
    expect(claimRefusal('classified', null, 'u1')).toBeNull();
    expect(claimRefusal('classified', 'u1', 'u1')).toBeNull();
    expect(claimRefusal('classified', 'u2', 'u1')).toBe('taken');
    expect(claimRefusal('closed', null, 'u1')).toBe('closed');
    expect(claimRefusal('merged', null, 'u1')).toBe('closed');
  });
});

describe('idempotency', () => {
  it('reads the same request the same way whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null }, x: undefined })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('accepts keys clients generate and refuses blanks and oversized ones', () => {
    expect(isIdempotencyKey(crypto.randomUUID())).toBe(true);
    expect(isIdempotencyKey('call-2026-05-04-0001')).toBe(true);
    for (const bad of ['', 'short', 'has space in it', 'x'.repeat(201), 'khóa-tiếng-việt']) {
      expect(isIdempotencyKey(bad)).toBe(false);
    }
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FaqListQuery } from './faq.js';
import { IdParam } from './common.js';

describe('FaqListQuery', () => {
  it('turns a numeric limit string into a number', () => {
    expect(v.parse(FaqListQuery, { limit: '20' })).toEqual({ limit: 20 });
    expect(v.parse(FaqListQuery, {})).toEqual({});
  });

  it('refuses limits outside 1..100 with a Vietnamese message', () => {
    const result = v.safeParse(FaqListQuery, { limit: '500' });
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe('limit tối đa là 100.');
    expect(v.safeParse(FaqListQuery, { limit: 'abc' }).success).toBe(false);
  });
});

describe('IdParam', () => {
  it('accepts a UUID and refuses anything else', () => {
    expect(v.safeParse(IdParam, { id: '2f1c6a4e-8d3b-4b8a-9f7e-1a2b3c4d5e6f' }).success).toBe(true);
    expect(v.safeParse(IdParam, { id: '1 or 1=1' }).success).toBe(false);
  });
});

describe('isRealDate', () => {
  it('accepts calendar dates and refuses rolled-over ones', async () => {
    const { isRealDate } = await import('./common.js');
    expect(isRealDate('2027-02-28')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2027-02-31')).toBe(false);
    expect(isRealDate('2027-13-01')).toBe(false);
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FaqInput, FaqListQuery, FaqSearchQuery, FaqSynonymInput } from './faq.js';
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

describe('FaqSearchQuery', () => {
  it('trims the query and refuses one without a letter or digit, or too long', () => {
    expect(v.parse(FaqSearchQuery, { q: '  xét nghiệm ', limit: '5' })).toEqual({
      q: 'xét nghiệm',
      limit: 5,
    });
    expect(v.safeParse(FaqSearchQuery, { q: ' ?! ' }).issues?.[0]?.message).toBe(
      'Nội dung tìm kiếm cần có chữ hoặc số.',
    );
    expect(v.safeParse(FaqSearchQuery, { q: 'a'.repeat(201) }).success).toBe(false);
    expect(v.safeParse(FaqSearchQuery, { q: 'f0', topic: 'T03; drop' }).success).toBe(false);
  });
});

describe('FaqInput', () => {
  it('defaults to a draft without topic, keywords or end date', () => {
    expect(v.parse(FaqInput, { question: ' Hỏi? ', answer: 'Đáp.' })).toEqual({
      question: 'Hỏi?',
      answer: 'Đáp.',
      topicId: null,
      keywords: [],
      sourceAgencyId: null,
      state: 'draft',
      validUntil: null,
    });
  });

  it('refuses unknown states, impossible dates and empty keywords with Vietnamese messages', () => {
    const result = v.safeParse(FaqInput, {
      question: 'Hỏi?',
      answer: 'Đáp.',
      state: 'archived',
      validUntil: '2027-02-30',
      keywords: [' '],
    });
    expect(result.issues?.map((i) => i.message)).toEqual([
      'Từ khóa không được để trống.',
      'Trạng thái là draft, internal hoặc public.',
      'Ngày không hợp lệ.',
    ]);
  });
});

describe('FaqSynonymInput', () => {
  it('needs at least one equivalent', () => {
    expect(v.safeParse(FaqSynonymInput, { term: 'F0', equivalents: [] }).issues?.[0]?.message).toBe(
      'Cần ít nhất một từ đồng nghĩa.',
    );
  });
});

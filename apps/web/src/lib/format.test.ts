import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeSeconds, formatFileSize } from './format.js';

describe('formatDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDate(new Date('2021-12-01T07:00:00+07:00'))).toBe('01/12/2021');
  });

  it('uses Vietnam time, not UTC, across midnight', () => {
    // 18:30 UTC on 31/12 is already 01:30 on 01/01 in Hà Nội.
    expect(formatDate('2021-12-31T18:30:00Z')).toBe('01/01/2022');
  });

  it('rejects invalid dates', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('writes dd/mm/yyyy HH:mm on a 24-hour clock', () => {
    expect(formatDateTime('2021-12-01T07:00:00+07:00')).toBe('01/12/2021 07:00');
    expect(formatDateTime('2021-08-22T15:05:00+07:00')).toBe('22/08/2021 15:05');
  });

  it('converts from UTC and shows midnight as 00', () => {
    expect(formatDateTime(Date.UTC(2021, 8, 23, 17, 0))).toBe('24/09/2021 00:00');
  });
});

describe('formatDateTimeSeconds', () => {
  it('writes dd/mm/yyyy HH:mm:ss in Vietnam time', () => {
    expect(formatDateTimeSeconds('2024-03-05T23:59:07Z')).toBe('06/03/2024 06:59:07');
  });
});

describe('formatFileSize', () => {
  it('shows KB below 1 MB and MB with one decimal, the Vietnamese way', () => {
    expect(formatFileSize(68)).toBe('1 KB');
    expect(formatFileSize(250 * 1024)).toBe('250 KB');
    expect(formatFileSize(1536 * 1024)).toBe('1,5 MB');
    expect(formatFileSize(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
  });
});

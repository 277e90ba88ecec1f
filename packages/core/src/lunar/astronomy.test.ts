import { describe, expect, it } from 'vitest';
import { newMoonJulianDate, sunLongitude } from './astronomy.js';

const jdOf = (iso: string) => Date.parse(iso) / 86_400_000 + 2_440_587.5;

describe('newMoonJulianDate', () => {
  it('finds the new moon of 29 January 2025 12:36 UT within a few minutes', () => {
    const k = Math.round((jdOf('2025-01-29T12:36:00Z') - 2_415_021.077) / 29.530588853);
    expect(Math.abs(newMoonJulianDate(k) - jdOf('2025-01-29T12:36:00Z'))).toBeLessThan(10 / 1440);
  });
});

describe('sunLongitude', () => {
  it('is 0 at the March equinox and 3π/2 at the December solstice (2026)', () => {
    const degrees = (jd: number) => (sunLongitude(jd) * 180) / Math.PI;
    // Equinox 2026-03-20 14:46 UT, solstice 2026-12-21 20:50 UT.
    const atEquinox = degrees(jdOf('2026-03-20T14:46:00Z'));
    expect(Math.min(atEquinox, 360 - atEquinox)).toBeLessThan(0.02);
    expect(degrees(jdOf('2026-12-21T20:50:00Z'))).toBeCloseTo(270, 1);
  });
});

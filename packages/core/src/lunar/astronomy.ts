/**
 * The two astronomical quantities the East Asian lunisolar calendar rests on, with the low-precision
 * series from Jean Meeus, "Astronomical Algorithms" (1998), chapters 25 and 49: accurate to minutes
 * for 1900–2100, which is what deciding the civil day of a new moon or a solar term needs.
 */
const RAD = Math.PI / 180;

/** Mean synodic month in days, and the Julian date of the first new moon of 1900 (k = 0). */
export const SYNODIC_MONTH = 29.530588853;
export const NEW_MOON_EPOCH = 2_415_021.076998695;

/** Julian date (UT) of the k-th new moon after 1900-01-01. */
export function newMoonJulianDate(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2_415_020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sun = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moon = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sun) +
    0.0021 * Math.sin(2 * sun) -
    0.4068 * Math.sin(moon) +
    0.0161 * Math.sin(2 * moon) -
    0.0004 * Math.sin(3 * moon) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sun + moon) -
    0.0074 * Math.sin(sun - moon) +
    0.0004 * Math.sin(2 * latitude + sun) -
    0.0004 * Math.sin(2 * latitude - sun) -
    0.0006 * Math.sin(2 * latitude + moon) +
    0.001 * Math.sin(2 * latitude - moon) +
    0.0005 * Math.sin(2 * moon + sun);
  return mean + correction - deltaT(t);
}

// ΔT (terrestrial minus universal time) in days; the series above is in terrestrial time.
function deltaT(t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  if (t < -11) return 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
  return -0.000278 + 0.000265 * t + 0.000262 * t2;
}

/** The sun's apparent ecliptic longitude at Julian date `jd`, in radians within [0, 2π). */
export function sunLongitude(jd: number): number {
  const t = (jd - 2_451_545) / 36_525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  const longitude = (meanLongitude + centre) * RAD;
  const turn = 2 * Math.PI;
  return longitude - turn * Math.floor(longitude / turn);
}

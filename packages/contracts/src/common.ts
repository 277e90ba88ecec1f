import * as v from 'valibot';

export const Uuid = v.pipe(v.string(), v.uuid('Mã định danh không hợp lệ (cần UUID).'));

export const IdParam = v.object({ id: Uuid });
export type IdParam = v.InferOutput<typeof IdParam>;

/** yyyy-mm-dd that exists on the calendar (Date.parse would roll 2027-02-31 over to March). */
export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The fields of an entry a revision records, as people read them (topic and agency by name). */
export interface FaqSnapshot {
  question: string;
  answer: string;
  topic: string | null;
  keywords: readonly string[];
  sourceAgency: string | null;
  state: 'draft' | 'internal' | 'public';
  validUntil: string | null;
}

export type FaqField = keyof FaqSnapshot;
export const FAQ_FIELDS: readonly FaqField[] = [
  'question',
  'answer',
  'topic',
  'keywords',
  'sourceAgency',
  'state',
  'validUntil',
];

export interface FaqChange {
  field: FaqField;
  from: string | string[] | null;
  to: string | string[] | null;
}

const same = (a: FaqSnapshot[FaqField], b: FaqSnapshot[FaqField]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

const value = (v: FaqSnapshot[FaqField]) => (Array.isArray(v) ? [...v] : (v as string | null));

/** What a revision changed, field by field; a new entry (no `before`) lists every field it sets. */
export function diffFaq(before: FaqSnapshot | null, after: FaqSnapshot): FaqChange[] {
  return FAQ_FIELDS.flatMap((field): FaqChange[] => {
    const to = after[field];
    if (!before) {
      const empty = to === null || to === '' || (Array.isArray(to) && to.length === 0);
      return empty ? [] : [{ field, from: null, to: value(to) }];
    }
    return same(before[field], to) ? [] : [{ field, from: value(before[field]), to: value(to) }];
  });
}

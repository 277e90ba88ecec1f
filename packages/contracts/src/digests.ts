import type { DigestLetter } from '@tongdai/core';
import * as v from 'valibot';
import { isRealDate, Uuid } from './common.js';

/** The daily digest letters to agencies (/v1/digests): history, one letter, its PDF, a run now. */
const DigestDate = v.pipe(
  v.string('Ngày cần có dạng yyyy-mm-dd.'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày cần có dạng yyyy-mm-dd.'),
  v.check(isRealDate, 'Ngày không hợp lệ.'),
);
const EmptyToUndefined = v.transform((s: string) => (s === '' ? undefined : s));

export const DigestListQuery = v.pipe(
  v.object({
    agencyId: v.optional(v.pipe(v.string(), EmptyToUndefined, v.optional(Uuid))),
    from: v.optional(v.pipe(v.string(), EmptyToUndefined, v.optional(DigestDate))),
    to: v.optional(v.pipe(v.string(), EmptyToUndefined, v.optional(DigestDate))),
  }),
  v.check((q) => !q.from || !q.to || q.from <= q.to, 'Ngày bắt đầu phải trước ngày kết thúc.'),
);
export type DigestListQuery = v.InferOutput<typeof DigestListQuery>;

/** Run the digests now; without a date, for today in the province's time zone. */
export const DigestRunInput = v.object({ date: v.optional(DigestDate) });
export type DigestRunInput = v.InferOutput<typeof DigestRunInput>;

export interface DigestSummaryOutput {
  id: string;
  agencyId: string;
  agencyName: string;
  year: number;
  number: number;
  digestDate: string;
  caseCount: number;
  createdAt: string;
  sentAt: string | null;
  sentTo: string | null;
}

export interface DigestOutput extends DigestSummaryOutput {
  caseIds: string[];
  letter: DigestLetter;
}

export interface DigestRunOutput {
  date: string;
  created: { id: string; agencyId: string; number: number }[];
  sent: { id: string; to: string }[];
  unsent: { id: string; agencyId: string; reason: 'no_contact_email' | 'send_failed' }[];
}

import { findPersonalData, redact, type Redaction } from '../redaction/redact.js';
import type { Finding, FindingKind, KnownPersonalData } from '../redaction/types.js';

/**
 * Kinds that must never reach a public page. The commune is a place, useful to readers ("xã Quảng
 * Tâm"), so it is proposed for removal but does not block publishing.
 */
export const PUBLICATION_BLOCKING_KINDS: readonly FindingKind[] = [
  'phone',
  'email',
  'id_number',
  'name',
  'address',
];

const KIND_NAMES: Record<FindingKind, string> = {
  phone: 'số điện thoại',
  email: 'địa chỉ email',
  id_number: 'số giấy tờ tùy thân',
  name: 'họ tên người dân',
  address: 'địa chỉ người dân',
  commune: 'địa bàn',
};

export interface PublicationDraft {
  question: Redaction;
  answer: Redaction;
}

/** The starting point of the review: both texts with everything found replaced, and the findings. */
export function publicationDraft(
  question: string,
  answer: string,
  known: KnownPersonalData,
): PublicationDraft {
  return { question: redact(question, known), answer: redact(answer, known) };
}

/** Personal data still in a text the reviewer wants to publish; empty when it may go public. */
export function publicationLeaks(text: string, known: KnownPersonalData): Finding[] {
  return findPersonalData(text, known).filter((f) => PUBLICATION_BLOCKING_KINDS.includes(f.kind));
}

/** "còn số điện thoại “0913 680 916”, địa chỉ email “a@b.vn”" — for the refusal shown next to the field. */
export function describeLeaks(leaks: readonly Finding[]): string {
  const parts = leaks.slice(0, 5).map((f) => `${KIND_NAMES[f.kind]} “${f.original}”`);
  const more = leaks.length > 5 ? ` và ${leaks.length - 5} chỗ khác` : '';
  return `Nội dung còn ${parts.join(', ')}${more}: hãy xóa trước khi công bố.`;
}

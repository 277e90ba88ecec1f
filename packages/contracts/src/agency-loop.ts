import type { CaseStatus, DuplicateReason, Finding } from '@tongdai/core';
import * as v from 'valibot';
import { VersionInput, type CaseChannel } from './cases.js';
import { isRealDate } from './common.js';

/**
 * The agency side of a case (issue 6): deadline extensions, returning a misrouted case, relaying,
 * publishing a redacted answer, duplicate suggestions, citizens' ratings and the province's settings.
 */
const Text = (max: number, required: string) =>
  v.pipe(v.string(required), v.trim(), v.nonEmpty(required), v.maxLength(max, `Tối đa ${max} ký tự.`));
const OptionalText = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max, `Tối đa ${max} ký tự.`),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  );
const Version = VersionInput.entries.version;

/**
 * A deadline as a form sends it: `yyyy-mm-ddTHH:mm` on the Vietnamese wall clock (a datetime-local
 * field), or an ISO instant with its offset.
 */
export const Deadline = v.pipe(
  v.string('Vui lòng chọn hạn mới.'),
  v.trim(),
  v.nonEmpty('Vui lòng chọn hạn mới.'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/,
    'Hạn mới cần có dạng ngày và giờ (dd/mm/yyyy hh:mm).',
  ),
  v.check((s) => isRealDate(s.slice(0, 10)), 'Ngày không hợp lệ.'),
  v.transform((s) => new Date(/(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s}+07:00`)),
  v.check((d) => !Number.isNaN(d.getTime()), 'Thời điểm không hợp lệ.'),
);

export const ExtensionRequestInput = v.object({
  reason: Text(2000, 'Vui lòng nêu lý do xin gia hạn.'),
  requestedDueAt: Deadline,
});
export type ExtensionRequestInput = v.InferOutput<typeof ExtensionRequestInput>;

/** Approve: the requested deadline unless the supervisor grants another. */
export const ExtensionApproveInput = v.object({
  grantedDueAt: v.optional(Deadline),
  note: OptionalText(1000),
});
export type ExtensionApproveInput = v.InferOutput<typeof ExtensionApproveInput>;

export const ExtensionRefuseInput = v.object({
  note: Text(1000, 'Vui lòng nêu lý do không đồng ý gia hạn.'),
});
export type ExtensionRefuseInput = v.InferOutput<typeof ExtensionRefuseInput>;

export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];
export const ExtensionListQuery = v.object({
  status: v.optional(v.picklist(EXTENSION_STATUSES, 'Trạng thái đề nghị gia hạn không hợp lệ.')),
});
export type ExtensionListQuery = v.InferOutput<typeof ExtensionListQuery>;

export const ReturnCaseInput = v.object({
  version: Version,
  reason: Text(1000, 'Vui lòng nêu lý do trả lại hồ sơ.'),
});
export type ReturnCaseInput = v.InferOutput<typeof ReturnCaseInput>;

const Flag = v.optional(v.boolean('Giá trị phải là đúng hoặc sai.'), false);

/** The reviewed texts; the server checks them again and refuses any phone or e-mail left. */
export const PublicationInput = v.pipe(
  v.object({
    question: Text(2000, 'Vui lòng nhập câu hỏi sẽ công bố.'),
    answer: Text(10000, 'Vui lòng nhập câu trả lời sẽ công bố.'),
    /** On the portal's list of answered questions. */
    publicQa: Flag,
    /** As a new FAQ entry (needs the right to manage the FAQ). */
    faq: Flag,
    faqState: v.optional(
      v.picklist(['draft', 'internal', 'public'], 'Trạng thái câu hỏi không hợp lệ.'),
      'public',
    ),
  }),
  v.check((i) => i.publicQa || i.faq, 'Chọn ít nhất một nơi công bố: trang hỏi đáp hoặc câu hỏi thường gặp.'),
);
export type PublicationInput = v.InferOutput<typeof PublicationInput>;

const PageParam = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,4}$/, 'Số trang không hợp lệ.'),
    v.transform(Number),
    v.minValue(1, 'Số trang bắt đầu từ 1.'),
  ),
  '1',
);
export const PublicAnswerListQuery = v.object({
  topic: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/, 'Mã chủ đề không hợp lệ.'))),
  page: PageParam,
});
export type PublicAnswerListQuery = v.InferOutput<typeof PublicAnswerListQuery>;

export const FeedbackInput = v.object({
  rating: v.pipe(
    v.number('Vui lòng chọn số sao đánh giá.'),
    v.integer('Đánh giá từ 1 đến 5 sao.'),
    v.minValue(1, 'Đánh giá từ 1 đến 5 sao.'),
    v.maxValue(5, 'Đánh giá từ 1 đến 5 sao.'),
  ),
  comment: OptionalText(2000),
  /** Not satisfied: handle the request again (only within the window after closing). */
  reopen: Flag,
});
export type FeedbackInput = v.InferOutput<typeof FeedbackInput>;

export const FeedbackToken = v.object({
  token: v.pipe(
    v.string(),
    v.regex(/^[0-9a-f]{32}\.[0-9a-z]{1,12}\.[A-Za-z0-9_-]{43}$/, 'Đường dẫn không hợp lệ.'),
  ),
});

export const CaseSettingsInput = v.object({
  autoRelay: v.boolean('Giá trị phải là đúng hoặc sai.'),
  feedbackWindowDays: v.pipe(
    v.number('Vui lòng nhập số ngày.'),
    v.integer('Số ngày phải là số nguyên.'),
    v.minValue(1, 'Tối thiểu 1 ngày.'),
    v.maxValue(60, 'Tối đa 60 ngày.'),
  ),
});
export type CaseSettingsInput = v.InferOutput<typeof CaseSettingsInput>;

const SummaryDate = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày cần có dạng yyyy-mm-dd.'),
    v.check(isRealDate, 'Ngày không hợp lệ.'),
  ),
);
export const FeedbackSummaryQuery = v.pipe(
  v.object({ from: SummaryDate, to: SummaryDate }),
  v.check((q) => !q.from || !q.to || q.from <= q.to, 'Ngày bắt đầu phải trước ngày kết thúc.'),
);
export type FeedbackSummaryQuery = v.InferOutput<typeof FeedbackSummaryQuery>;

/* Response shapes (JSON: instants as ISO strings). */

export interface ExtensionView {
  id: string;
  caseId: string;
  caseCode: string;
  agencyId: string;
  agencyName: string | null;
  status: ExtensionStatus;
  reason: string;
  requestedDueAt: string;
  previousDueAt: string | null;
  requestedAt: string;
  requestedByName: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  decisionNote: string | null;
  grantedDueAt: string | null;
}

export interface DuplicateSuggestionView {
  id: string;
  code: string;
  channel: CaseChannel;
  status: CaseStatus;
  receivedAt: string;
  topicName: string | null;
  /** The first 200 characters of the request. */
  preview: string;
  /** Masked: "0913 *** 916". */
  citizenPhone: string | null;
  reasons: DuplicateReason[];
  similarity: number | null;
}

export interface PublicationDraftOutput {
  caseId: string;
  code: string;
  question: { text: string; findings: Finding[] };
  answer: { text: string; findings: Finding[] };
  /** What is already published for the case, if anything. */
  published: PublishedAnswerView | null;
  canCreateFaq: boolean;
}

export interface PublishedAnswerView {
  id: string;
  question: string;
  answerHtml: string;
  topicName: string | null;
  topicCode: string | null;
  agencyName: string | null;
  publishedAt: string;
  faqId: string | null;
}

export interface PublicAnswerListOutput {
  answers: PublishedAnswerView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RelayView {
  id: string;
  kind: 'answer' | 'merge_notice';
  channel: CaseChannel;
  status: 'pending' | 'sent' | 'failed';
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  automatic: boolean;
}

export interface FeedbackLinkView {
  code: string;
  status: CaseStatus;
  answerHtml: string | null;
  canRate: boolean;
  canReopen: boolean;
  closesAt: string | null;
  refusal: string | null;
}

export interface FeedbackSummaryOutput {
  count: number;
  average: number | null;
  distribution: [number, number, number, number, number];
  reopened: number;
  byAgency: { agencyId: string | null; agencyName: string | null; count: number; average: number | null }[];
  recent: { code: string; rating: number; comment: string | null; reopened: boolean; createdAt: string }[];
}

export interface CaseSettingsOutput {
  autoRelay: boolean;
  feedbackWindowDays: number;
}

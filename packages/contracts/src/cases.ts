import {
  CASE_CHANNELS,
  CASE_STATUSES,
  decodeCaseCursor,
  normalizePhone,
  type CaseEventType,
  type CaseStatus,
} from '@tongdai/core';
import * as v from 'valibot';
import { Email } from './auth.js';
import { isRealDate, Uuid } from './common.js';

/**
 * The cases API (/v1/cases): intake, actions, lists and the timeline. Every action that can change a
 * case carries the `version` the client last saw; a stale one is refused with 409 STALE_VERSION.
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

export const CaseChannel = v.picklist(CASE_CHANNELS, 'Kênh tiếp nhận không hợp lệ.');
export type CaseChannel = v.InferOutput<typeof CaseChannel>;
export const CaseStatusSchema = v.picklist(CASE_STATUSES, 'Trạng thái hồ sơ không hợp lệ.');
export const CaseUrgency = v.picklist(['normal', 'urgent'], 'Mức khẩn không hợp lệ.');
export const SlaStateSchema = v.picklist(
  ['on_track', 'at_risk', 'breached'],
  'Trạng thái hạn xử lý không hợp lệ.',
);
export const TransferOutcomeSchema = v.picklist(
  ['busy', 'no_answer', 'failed', 'answered'],
  'Kết quả cuộc gọi không hợp lệ.',
);

const CasePhone = v.pipe(
  v.string(),
  v.trim(),
  v.check((s) => normalizePhone(s) !== null, 'Số điện thoại không hợp lệ.'),
  v.transform((s) => normalizePhone(s) as string),
);
const OptionalPhone = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.transform((s) => (s === '' ? undefined : s)),
    v.optional(CasePhone),
  ),
);

export const CitizenInput = v.object({
  name: OptionalText(120),
  phone: OptionalPhone,
  email: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.transform((s) => (s === '' ? undefined : s)),
      v.optional(Email),
    ),
  ),
  address: OptionalText(300),
  commune: OptionalText(120),
});
export type CitizenInput = v.InferOutput<typeof CitizenInput>;

/** ISO 8601 instant with an offset, e.g. 2026-05-04T08:15:00+07:00. */
const Instant = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/,
    'Thời điểm cần có dạng ISO 8601 kèm múi giờ.',
  ),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'Thời điểm không hợp lệ.'),
  v.transform((s) => new Date(s)),
);

/** POST /v1/cases, with an `Idempotency-Key` header. Topic given → the case is classified at once. */
export const CreateCaseInput = v.object({
  channel: CaseChannel,
  content: Text(5000, 'Vui lòng nhập nội dung yêu cầu.'),
  citizen: v.optional(CitizenInput, {}),
  /** When the request arrived on its channel; default now. Not in the future. */
  receivedAt: v.optional(Instant),
  topicId: v.optional(Uuid),
  slaClassId: v.optional(Uuid),
  urgency: v.optional(CaseUrgency),
});
export type CreateCaseInput = v.InferOutput<typeof CreateCaseInput>;

const Version = v.pipe(
  v.number('Thiếu phiên bản hồ sơ (version).'),
  v.integer('Phiên bản hồ sơ phải là số nguyên.'),
  v.minValue(0, 'Phiên bản hồ sơ không hợp lệ.'),
);
export const VersionInput = v.object({ version: Version });
export type VersionInput = v.InferOutput<typeof VersionInput>;

export const ClassifyCaseInput = v.object({
  version: Version,
  topicId: Uuid,
  /** Default: the topic's SLA class. */
  slaClassId: v.optional(Uuid),
  urgency: v.optional(CaseUrgency),
});
export type ClassifyCaseInput = v.InferOutput<typeof ClassifyCaseInput>;

export const AssignCaseInput = v.object({ version: Version, operatorId: v.nullable(Uuid) });
export type AssignCaseInput = v.InferOutput<typeof AssignCaseInput>;

export const AnswerFromFaqInput = v.object({ version: Version, faqId: Uuid });
export type AnswerFromFaqInput = v.InferOutput<typeof AnswerFromFaqInput>;

/** A call put through to an agency: the number dialled (one of its hotlines, or typed) and what happened. */
export const TransferAttemptInput = v.pipe(
  v.object({
    version: Version,
    agencyId: Uuid,
    hotlineId: v.optional(Uuid),
    phone: OptionalPhone,
    outcome: TransferOutcomeSchema,
  }),
  v.check((i) => Boolean(i.hotlineId || i.phone), 'Chọn số máy của cơ quan hoặc nhập số đã gọi.'),
);
export type TransferAttemptInput = v.InferOutput<typeof TransferAttemptInput>;

export const NextNumbersQuery = v.object({ agencyId: Uuid });

export const EscalateCaseInput = v.object({
  version: Version,
  agencyId: Uuid,
  /** Number of the official letter (công văn), e.g. 125/STTTT-1022. */
  letterNumber: OptionalText(60),
  note: OptionalText(2000),
});
export type EscalateCaseInput = v.InferOutput<typeof EscalateCaseInput>;

/** The deadlines an escalation would get if confirmed now (nothing is written). */
export const EscalationPreviewQuery = v.object({ agencyId: v.optional(Uuid) });

export interface EscalationPreview {
  slaClassId: string;
  slaClassName: string;
  /** When the new handling cycle would start: now. */
  startsAt: string;
  ackDueAt: string;
  dueAt: string;
  /** The chosen agency, when one was given. */
  agency: { id: string; name: string } | null;
}

export const AgencyAnswerInput = v.object({
  version: Version,
  text: Text(10000, 'Vui lòng nhập nội dung trả lời.'),
});
export type AgencyAnswerInput = v.InferOutput<typeof AgencyAnswerInput>;

/** Default channel: the one the case came from. */
export const RelayCaseInput = v.object({ version: Version, channel: v.optional(CaseChannel) });
export type RelayCaseInput = v.InferOutput<typeof RelayCaseInput>;

export const WaitCitizenInput = v.object({ version: Version, question: OptionalText(2000) });
export type WaitCitizenInput = v.InferOutput<typeof WaitCitizenInput>;

export const ResumeCaseInput = v.object({ version: Version, note: OptionalText(2000) });
export type ResumeCaseInput = v.InferOutput<typeof ResumeCaseInput>;

export const CloseCaseInput = v.object({ version: Version, reason: OptionalText(1000) });
export type CloseCaseInput = v.InferOutput<typeof CloseCaseInput>;

export const ReopenCaseInput = v.object({
  version: Version,
  reason: Text(1000, 'Vui lòng nêu lý do mở lại.'),
});
export type ReopenCaseInput = v.InferOutput<typeof ReopenCaseInput>;

export const NoteInput = v.object({ text: Text(5000, 'Vui lòng nhập nội dung ghi chú.') });
export type NoteInput = v.InferOutput<typeof NoteInput>;

export const MergeCaseInput = v.object({ version: Version, originalId: Uuid });
export type MergeCaseInput = v.InferOutput<typeof MergeCaseInput>;

const Cursor = v.pipe(
  v.string(),
  v.check((s) => decodeCaseCursor(s) !== null, 'Con trỏ trang không hợp lệ.'),
  v.transform((s) => decodeCaseCursor(s)!),
);
const Limit = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,3}$/, 'Số dòng không hợp lệ.'),
    v.transform(Number),
    v.minValue(1, 'Số dòng tối thiểu là 1.'),
    v.maxValue(100, 'Tối đa 100 dòng mỗi trang.'),
  ),
  '50',
);

/** yyyy-mm-dd (a whole local day in Asia/Ho_Chi_Minh) or an ISO instant. */
const DateBound = (edge: 'start' | 'end') =>
  v.pipe(
    v.string(),
    v.check(
      (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? isRealDate(s) : !Number.isNaN(Date.parse(s))),
      'Ngày không hợp lệ (yyyy-mm-dd).',
    ),
    v.transform((s) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(s);
      const start = new Date(`${s}T00:00:00+07:00`);
      return edge === 'start' ? start : new Date(start.getTime() + 86_400_000);
    }),
  );

const Statuses = v.pipe(
  v.string(),
  v.transform((s) => [
    ...new Set(
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ]),
  v.array(CaseStatusSchema),
  v.minLength(1, 'Chọn ít nhất một trạng thái.'),
);

/** GET /v1/cases: newest first, keyset pagination; filters combine with AND. */
export const CaseListQuery = v.object({
  /** One status or several, comma-separated; `open` is every status but closed and merged. */
  status: v.optional(v.union([v.pipe(v.literal('open')), Statuses])),
  channel: v.optional(CaseChannel),
  topicId: v.optional(Uuid),
  agencyId: v.optional(Uuid),
  slaState: v.optional(SlaStateSchema),
  /** An operator's id, `me`, or `none` for unassigned cases. */
  operatorId: v.optional(v.union([v.picklist(['me', 'none']), Uuid])),
  /** Received from (inclusive) … to (exclusive for instants, the whole day for dates). */
  from: v.optional(DateBound('start')),
  to: v.optional(DateBound('end')),
  /** Accent-insensitive words in the code or content ("xet nghiem" finds "xét nghiệm"). */
  q: v.optional(
    v.pipe(v.string(), v.trim(), v.minLength(2, 'Nhập ít nhất 2 ký tự để tìm.'), v.maxLength(200)),
  ),
  /** A caller's number: their earlier cases (needs the right to read personal data). */
  phone: v.optional(CasePhone),
  cursor: v.optional(Cursor),
  limit: Limit,
});
export type CaseListQuery = v.InferOutput<typeof CaseListQuery>;

export const CaseQueueQuery = v.object({
  agencyId: v.optional(Uuid),
  operatorId: v.optional(Uuid),
  limit: Limit,
});
export type CaseQueueQuery = v.InferOutput<typeof CaseQueueQuery>;

export const IdempotencyKeyHeader = v.object({
  'idempotency-key': v.pipe(
    v.optional(v.string(), ''),
    v.nonEmpty('Thiếu tiêu đề Idempotency-Key (một mã ngẫu nhiên cho mỗi hồ sơ mới, ví dụ UUID).'),
    v.regex(/^[\x21-\x7e]{8,200}$/, 'Idempotency-Key gồm 8–200 ký tự ASCII, không có dấu cách.'),
  ),
});

export const CASE_EVENT_KINDS = [
  'received',
  'classified',
  'assigned',
  'answered_from_faq',
  'transfer_attempt',
  'escalated',
  'acknowledged',
  'agency_answered',
  'relayed',
  'waiting_citizen',
  'citizen_replied',
  'closed',
  'reopened',
  'note',
  'merged',
  'duplicate_merged',
  'sla_at_risk',
  'sla_breached',
  // The agency side (agency-loop.ts): extensions, misrouted cases, publishing, citizens' ratings.
  'extension_requested',
  'extension_approved',
  'extension_refused',
  'returned',
  'published',
  'feedback_received',
  // A file added to the case, or withdrawn from it (attachments.ts): internal, changes nothing else.
  'attachment_added',
  'attachment_withdrawn',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/* Response shapes (JSON: instants as ISO strings). */

export interface CitizenView {
  name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  commune: string | null;
}

export interface CaseListItem {
  id: string;
  code: string;
  channel: CaseChannel;
  receivedAt: string;
  status: CaseStatus;
  urgency: 'normal' | 'urgent' | null;
  slaState: 'on_track' | 'at_risk' | 'breached';
  dueAt: string | null;
  topicId: string | null;
  topicName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  operatorId: string | null;
  operatorName: string | null;
  /** The first 200 characters of the request. */
  preview: string;
  /** Masked: "0913 *** 916". */
  citizenPhone: string | null;
  /** Masked: initials. */
  citizenName: string | null;
}

export interface CaseListOutput {
  cases: CaseListItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** What every action answers: the case's state after it, and the event it appended. */
export interface CaseStateView {
  id: string;
  code: string;
  version: number;
  status: CaseStatus;
  topicId: string | null;
  slaClassId: string | null;
  urgency: 'normal' | 'urgent' | null;
  agencyId: string | null;
  operatorId: string | null;
  ackDueAt: string | null;
  dueAt: string | null;
  atRiskAt: string | null;
  slaState: 'on_track' | 'at_risk' | 'breached';
  answer:
    | { source: 'faq'; faqId: string }
    | { source: 'agency'; text: string }
    | { source: 'phone'; agencyId: string; phone: string }
    | null;
  pausedSince: string | null;
  closedAt: string | null;
  mergedInto: string | null;
  updatedAt: string;
  /** Actions the case accepts now (core `allowedEvents`), for the buttons to show. */
  allowedActions: CaseEventType[];
}

export interface CaseDetail extends CaseStateView {
  channel: CaseChannel;
  receivedAt: string;
  content: string;
  topicName: string | null;
  slaClassName: string | null;
  agencyName: string | null;
  operatorName: string | null;
  /** The topic's default agency: preselect it in the transfer and escalate dialogs. */
  suggestedAgencyId: string | null;
  /** `full` for roles that need the contact details (the read is audit-logged), `masked` otherwise. */
  personalData: 'full' | 'masked';
  citizen: CitizenView;
}

export interface CaseEventView {
  id: number;
  at: string;
  type: CaseEventKind;
  actorUserId: string | null;
  actorName: string | null;
  /** Internal events (notes, transfers, SLA) never reach the citizen's status page. */
  internal: boolean;
  data: Record<string, unknown>;
}

export interface CaseActionOutput {
  case: CaseStateView;
  event: CaseEventView;
}

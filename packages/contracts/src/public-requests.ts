import {
  contactKind,
  normalizePhone,
  MAX_CITIZEN_FILES,
  MAX_CITIZEN_FILES_TOTAL_BYTES,
  parseCaseCode,
  PUBLIC_STATUSES,
  PUBLIC_TIMELINE_KINDS,
} from '@tongdai/core';
import * as v from 'valibot';
import { Email } from './auth.js';
import { CitizenInput } from './cases.js';

/**
 * The public portal of a province: the request form (no account; anti-spam by rate limit, honeypot
 * and a proof-of-work challenge) and the status page (case code + phone or e-mail, or a signed link).
 */
const Required = (message: string) => v.string(message);
const Text = (max: number, required: string) =>
  v.pipe(Required(required), v.trim(), v.nonEmpty(required), v.maxLength(max, `Tối đa ${max} ký tự.`));

export const CONSENT_REQUIRED_MESSAGE =
  'Vui lòng đánh dấu đồng ý cho phép xử lý dữ liệu cá nhân để tổng đài tiếp nhận và trả lời yêu cầu.';
export const CONTACT_REQUIRED_MESSAGE =
  'Vui lòng nhập số điện thoại hoặc e-mail để tổng đài có thể trả lời bạn.';

const ALTCHA_REQUIRED = 'Vui lòng chờ bước xác minh chống thư rác hoàn tất rồi gửi lại.';

/** The fields of the request form, whichever way they are sent (JSON or multipart). */
const requestFields = {
  topicId: v.pipe(
    Required('Vui lòng chọn lĩnh vực.'),
    v.nonEmpty('Vui lòng chọn lĩnh vực.'),
    v.uuid('Vui lòng chọn lĩnh vực trong danh sách.'),
  ),
  content: v.pipe(
    Text(5000, 'Vui lòng nhập nội dung yêu cầu.'),
    v.minLength(10, 'Nội dung quá ngắn: hãy mô tả yêu cầu ít nhất 10 ký tự.'),
  ),
  commune: Text(120, 'Vui lòng nhập xã, phường nơi bạn ở hoặc nơi phát sinh yêu cầu.'),
  name: CitizenInput.entries.name,
  phone: CitizenInput.entries.phone,
  email: CitizenInput.entries.email,
  website: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** The solved proof-of-work: base64 of `{ challenge, solution }` (altcha-lib v2 payload). */
  altcha: v.pipe(
    Required(ALTCHA_REQUIRED),
    v.nonEmpty(ALTCHA_REQUIRED),
    v.maxLength(4000, 'Mã xác minh không hợp lệ.'),
  ),
};

/** POST /v1/public/requests. `website` is the honeypot: people never see it, so it must stay empty. */
export const PublicRequestInput = v.pipe(
  v.object({
    ...requestFields,
    /** Must be true. Optional only so that leaving it out gets the consent message itself. */
    consent: v.pipe(
      v.optional(v.boolean(CONSENT_REQUIRED_MESSAGE), false),
      v.description(
        'Phải là true: người gửi đồng ý cho phép xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP).',
      ),
      v.check((x) => x === true, CONSENT_REQUIRED_MESSAGE),
      v.transform(() => true as const),
    ),
  }),
  v.forward(
    v.partialCheck([['phone'], ['email']], (i) => Boolean(i.phone || i.email), CONTACT_REQUIRED_MESSAGE),
    ['phone'],
  ),
);
export type PublicRequestInput = v.InferOutput<typeof PublicRequestInput>;

// A file input left empty still sends one part, with no name and no bytes (or an empty string).
type FilePart = File | '';
const isFilePart = (x: unknown): x is FilePart => x === '' || x instanceof File;
const FileParts = v.pipe(
  v.custom<FilePart | FilePart[]>(
    (x) => isFilePart(x) || (Array.isArray(x) && x.every(isFilePart)),
    'Trường "files" chỉ nhận tệp.',
  ),
  v.metadata({ type: 'array', items: { type: 'string', format: 'binary' }, maxItems: MAX_CITIZEN_FILES }),
);
const chosen = (parts: FilePart | FilePart[]) =>
  (Array.isArray(parts) ? parts : [parts]).filter(
    (part): part is File => part !== '' && (part.name !== '' || part.size > 0),
  );

/**
 * POST /v1/public/requests/multipart: the same form as multipart/form-data, as the portal page posts
 * it, with up to 3 files in `files` (checked by the API: size, real type, count, total).
 */
export const PublicRequestForm = v.pipe(
  v.object({
    ...requestFields,
    /** A ticked checkbox sends `on`; `true` is accepted too. */
    consent: v.pipe(
      v.optional(v.string(), ''),
      v.description('Phải là `on` (hoặc `true`): đồng ý xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP).'),
      v.check((x) => x === 'on' || x === 'true', CONSENT_REQUIRED_MESSAGE),
      v.transform(() => true as const),
    ),
    files: v.pipe(
      v.optional(FileParts, []),
      v.description(
        `Tối đa ${MAX_CITIZEN_FILES} tệp, mỗi tệp tối đa 10 MB, tổng cộng tối đa ${MAX_CITIZEN_FILES_TOTAL_BYTES / 1024 / 1024} MB: PDF, JPEG, PNG, WebP, HEIC, DOCX, XLSX, TXT (UTF-8), MP3, M4A, WAV.`,
      ),
      v.transform(chosen),
    ),
  }),
  v.forward(
    v.partialCheck([['phone'], ['email']], (i) => Boolean(i.phone || i.email), CONTACT_REQUIRED_MESSAGE),
    ['phone'],
  ),
);
export type PublicRequestForm = v.InferOutput<typeof PublicRequestForm>;

export const PublicRequestOutput = v.object({
  code: v.string(),
  /** Signed token of the status link `/tra-cuu/<token>`: no login, bound to this case and province. */
  statusToken: v.string(),
});
export type PublicRequestOutput = v.InferOutput<typeof PublicRequestOutput>;

const CaseCodeInput = v.pipe(
  Required('Vui lòng nhập mã hồ sơ.'),
  v.trim(),
  v.nonEmpty('Vui lòng nhập mã hồ sơ.'),
  v.maxLength(40, 'Mã hồ sơ không hợp lệ.'),
  v.check((s) => parseCaseCode(s) !== null, 'Mã hồ sơ có dạng TH-2026-000123.'),
  v.transform((s) => s.toUpperCase()),
);

/** Phone or e-mail as the citizen typed it; normalised so it compares with what the case holds. */
const ContactInput = v.pipe(
  Required('Vui lòng nhập số điện thoại hoặc e-mail đã dùng khi gửi yêu cầu.'),
  v.trim(),
  v.nonEmpty('Vui lòng nhập số điện thoại hoặc e-mail đã dùng khi gửi yêu cầu.'),
  v.maxLength(254, 'Số điện thoại hoặc e-mail không hợp lệ.'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const value = dataset.value;
    if (contactKind(value) === 'email') {
      const email = v.safeParse(Email, value);
      if (email.success) return { email: email.output };
      addIssue({ message: 'E-mail không đúng định dạng.' });
      return NEVER;
    }
    const phone = normalizePhone(value);
    if (phone) return { phone };
    addIssue({ message: 'Số điện thoại không hợp lệ.' });
    return NEVER;
  }),
);

/** POST /v1/public/status: the code and the phone or e-mail given when the request was sent. */
export const PublicStatusLookupInput = v.object({ code: CaseCodeInput, contact: ContactInput });
export type PublicStatusLookupInput = v.InferOutput<typeof PublicStatusLookupInput>;

export const PublicTimelineEntryView = v.object({
  at: v.string(),
  kind: v.picklist(PUBLIC_TIMELINE_KINDS),
  topicName: v.optional(v.string()),
  agencyName: v.optional(v.string()),
  question: v.optional(v.string()),
  originalCode: v.optional(v.string()),
});
export type PublicTimelineEntryView = v.InferOutput<typeof PublicTimelineEntryView>;

export const PublicAnswerView = v.variant('source', [
  v.object({ source: v.literal('agency'), text: v.string(), agencyName: v.nullable(v.string()) }),
  v.object({ source: v.literal('faq'), faqId: v.string(), question: v.string(), answerHtml: v.string() }),
  /** Answered from an entry that is not published: the page says it was answered, without the text. */
  v.object({ source: v.literal('faq_private') }),
  v.object({ source: v.literal('phone'), agencyName: v.nullable(v.string()) }),
]);
export type PublicAnswerView = v.InferOutput<typeof PublicAnswerView>;

/** The status page: no contact details, no names of staff, no internal notes. */
export const PublicCaseStatus = v.object({
  code: v.string(),
  receivedAt: v.string(),
  status: v.picklist(PUBLIC_STATUSES),
  topicName: v.nullable(v.string()),
  /** When the answer is due, while the case is being handled. */
  dueAt: v.nullable(v.string()),
  timeline: v.array(PublicTimelineEntryView),
  answer: v.nullable(PublicAnswerView),
  statusToken: v.string(),
  /** How many files the citizen sent with the request: a count only, never names or contents. */
  citizenFileCount: v.number(),
});
export type PublicCaseStatus = v.InferOutput<typeof PublicCaseStatus>;

/** GET /v1/public/challenge: an altcha-lib v2 challenge, signed, bound to the province. */
export const PowChallenge = v.object({
  parameters: v.record(v.string(), v.unknown()),
  signature: v.optional(v.string()),
});
export type PowChallenge = v.InferOutput<typeof PowChallenge>;

import { FAQ_LIMITS, FAQ_STATES } from '@tongdai/core';
import * as v from 'valibot';
import { isRealDate, Uuid } from './common.js';

/** A published entry as the portal shows it. `answer` is plain text; `answerHtml` is sanitised HTML. */
export const FaqEntryOutput = v.object({
  id: v.string(),
  question: v.string(),
  answer: v.string(),
  answerHtml: v.string(),
  topicCode: v.nullable(v.string()),
  topicName: v.nullable(v.string()),
  sourceAgencyName: v.nullable(v.string()),
  validUntil: v.nullable(v.string()),
  updatedAt: v.string(),
});
export type FaqEntryOutput = v.InferOutput<typeof FaqEntryOutput>;

const NumberParam = (min: number, max: number, name: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer(`${name} phải là số nguyên.`),
      v.minValue(min, `${name} tối thiểu là ${min}.`),
      v.maxValue(max, `${name} tối đa là ${max}.`),
    ),
  );

/** A topic code as the taxonomy writes it (T03); matched as given. */
export const TopicCodeParam = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/, 'Mã lĩnh vực không hợp lệ.'),
);

export const FaqListQuery = v.object({
  limit: NumberParam(1, 100, 'limit'),
  offset: NumberParam(0, 100_000, 'offset'),
  topic: v.optional(TopicCodeParam),
  /** topic (default): in topic order; usage: the most used by operators first. */
  sort: v.optional(v.picklist(['topic', 'usage'], 'Sắp xếp theo topic hoặc usage.')),
});

export const FaqTopicOutput = v.object({ code: v.string(), name: v.string(), count: v.number() });
export type FaqTopicOutput = v.InferOutput<typeof FaqTopicOutput>;

/** What a person types into the search box: some letter or digit, at most 200 characters. */
export const SearchText = v.pipe(
  v.string('Vui lòng nhập nội dung cần tìm.'),
  v.trim(),
  v.nonEmpty('Vui lòng nhập nội dung cần tìm.'),
  v.maxLength(200, 'Nội dung tìm kiếm tối đa 200 ký tự.'),
  v.regex(/[\p{L}\p{N}]/u, 'Nội dung tìm kiếm cần có chữ hoặc số.'),
);

/** Public search on the portal. */
export const FaqSearchQuery = v.object({
  q: SearchText,
  topic: v.optional(TopicCodeParam),
  limit: NumberParam(1, 50, 'limit'),
});
export type FaqSearchQuery = v.InferOutput<typeof FaqSearchQuery>;

/**
 * Staff search (operators' suggestions while typing): also internal entries; the last word is taken as
 * a prefix unless the text ends with a space; `boostTopic` prefers the case's topic without filtering.
 */
export const FaqStaffSearchQuery = v.object({
  q: v.pipe(
    v.string('Vui lòng nhập nội dung cần tìm.'),
    v.maxLength(200, 'Nội dung tìm kiếm tối đa 200 ký tự.'),
  ),
  topic: v.optional(TopicCodeParam),
  boostTopic: v.optional(TopicCodeParam),
  limit: NumberParam(1, 20, 'limit'),
});
export type FaqStaffSearchQuery = v.InferOutput<typeof FaqStaffSearchQuery>;

/** Text with the query's words marked; render `hit` parts in <mark>, escaping all text. */
export const TextParts = v.array(v.object({ text: v.string(), hit: v.boolean() }));
export type TextParts = v.InferOutput<typeof TextParts>;

export const FaqState = v.picklist(FAQ_STATES, 'Trạng thái là draft, internal hoặc public.');
export type FaqState = v.InferOutput<typeof FaqState>;

export const FaqSearchHit = v.object({
  id: v.string(),
  question: TextParts,
  snippet: TextParts,
  state: FaqState,
  topicCode: v.nullable(v.string()),
  topicName: v.nullable(v.string()),
  usageCount: v.number(),
  score: v.number(),
});
export type FaqSearchHit = v.InferOutput<typeof FaqSearchHit>;

export const FaqSearchOutput = v.object({ results: v.array(FaqSearchHit) });
export type FaqSearchOutput = v.InferOutput<typeof FaqSearchOutput>;

// ---- Management (faq.manage) ----

const RequiredText = (max: number, required: string) =>
  v.pipe(v.string(required), v.trim(), v.nonEmpty(required), v.maxLength(max, `Tối đa ${max} ký tự.`));

const Keyword = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('Từ khóa không được để trống.'),
  v.maxLength(FAQ_LIMITS.keyword, `Mỗi từ khóa tối đa ${FAQ_LIMITS.keyword} ký tự.`),
);

export const ValidUntil = v.nullable(
  v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày cần có dạng yyyy-mm-dd.'),
    v.check(isRealDate, 'Ngày không hợp lệ.'),
  ),
);

export const FaqInput = v.object({
  question: RequiredText(FAQ_LIMITS.question, 'Vui lòng nhập câu hỏi.'),
  answer: RequiredText(FAQ_LIMITS.answer, 'Vui lòng nhập câu trả lời.'),
  topicId: v.optional(v.nullable(Uuid), null),
  keywords: v.optional(
    v.pipe(v.array(Keyword), v.maxLength(FAQ_LIMITS.keywords, `Tối đa ${FAQ_LIMITS.keywords} từ khóa.`)),
    [],
  ),
  sourceAgencyId: v.optional(v.nullable(Uuid), null),
  state: v.optional(FaqState, 'draft'),
  validUntil: v.optional(ValidUntil, null),
});
export type FaqInput = v.InferOutput<typeof FaqInput>;

/** An edit names the revision it was made on; a newer revision saved meanwhile makes it a 409. */
export const FaqUpdateInput = v.object({
  ...FaqInput.entries,
  revision: v.pipe(v.number('Thiếu số phiên bản.'), v.integer(), v.minValue(1)),
});
export type FaqUpdateInput = v.InferOutput<typeof FaqUpdateInput>;

export const FaqAdminListQuery = v.object({
  state: v.optional(FaqState),
  topic: v.optional(TopicCodeParam),
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'Tối đa 200 ký tự.'))),
  expired: v.optional(v.picklist(['1'], 'expired chỉ nhận giá trị 1.')),
  sort: v.optional(v.picklist(['updated', 'usage'], 'Sắp xếp theo updated hoặc usage.')),
  page: NumberParam(1, 10_000, 'page'),
});
export type FaqAdminListQuery = v.InferOutput<typeof FaqAdminListQuery>;

export const FaqChange = v.object({
  field: v.string(),
  from: v.nullable(v.union([v.string(), v.array(v.string())])),
  to: v.nullable(v.union([v.string(), v.array(v.string())])),
});

export const FaqRevisionOutput = v.object({
  revision: v.number(),
  at: v.string(),
  actorName: v.nullable(v.string()),
  action: v.string(),
  changes: v.array(FaqChange),
});
export type FaqRevisionOutput = v.InferOutput<typeof FaqRevisionOutput>;

export const FaqSynonymInput = v.object({
  term: RequiredText(60, 'Vui lòng nhập từ.'),
  equivalents: v.pipe(
    v.array(RequiredText(60, 'Từ đồng nghĩa không được để trống.')),
    v.minLength(1, 'Cần ít nhất một từ đồng nghĩa.'),
    v.maxLength(10, 'Tối đa 10 từ đồng nghĩa.'),
  ),
});
export type FaqSynonymInput = v.InferOutput<typeof FaqSynonymInput>;

export const FaqSynonymOutput = v.object({
  id: v.string(),
  term: v.string(),
  equivalents: v.array(v.string()),
});
export type FaqSynonymOutput = v.InferOutput<typeof FaqSynonymOutput>;

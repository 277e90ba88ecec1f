import {
  AgencyAnswerInput,
  AnswerFromFaqInput,
  AssignCaseInput,
  CaseListQuery,
  CaseQueueQuery,
  ClassifyCaseInput,
  CloseCaseInput,
  CreateCaseInput,
  EscalateCaseInput,
  IdempotencyKeyHeader,
  IdParam,
  MergeCaseInput,
  NextNumbersQuery,
  NoteInput,
  RelayCaseInput,
  ReopenCaseInput,
  ResumeCaseInput,
  TransferAttemptInput,
  VersionInput,
  WaitCitizenInput,
} from '@tongdai/contracts';
import { Hono, type MiddlewareHandler } from 'hono';
import type { GenericSchema } from 'valibot';
import { describe, errorResponses, TAGS } from './describe.js';
import { documentedValidate } from './validate.js';

interface CaseOperation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  json?: GenericSchema;
  query?: GenericSchema;
  header?: GenericSchema;
  errors: number[];
}

const action = (name: string, summary: string, json: GenericSchema): CaseOperation => ({
  method: 'post',
  path: `/v1/cases/:id/${name}`,
  summary,
  json,
  errors: [400, 401, 403, 404, 409],
});

/**
 * The cases API as its routes validate it (apps/api/src/routes/cases): the same contracts schemas,
 * attached to the same method and path. The document test checks every entry here is a real route.
 */
export const CASE_OPERATIONS: CaseOperation[] = [
  {
    method: 'get',
    path: '/v1/cases',
    summary: 'Danh sách hồ sơ (phân trang keyset)',
    query: CaseListQuery,
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/v1/cases',
    summary: 'Tiếp nhận hồ sơ (cần Idempotency-Key)',
    header: IdempotencyKeyHeader,
    json: CreateCaseInput,
    errors: [400, 401, 403, 422],
  },
  {
    method: 'get',
    path: '/v1/cases/stream',
    summary: 'Cập nhật trực tiếp (Server-Sent Events)',
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/v1/cases/queues/at-risk',
    summary: 'Hồ sơ sắp quá hạn',
    query: CaseQueueQuery,
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/v1/cases/queues/breached',
    summary: 'Hồ sơ quá hạn',
    query: CaseQueueQuery,
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/v1/cases/queues/counts',
    summary: 'Số hồ sơ mở theo cơ quan, tổng đài viên',
    errors: [401, 403],
  },
  { method: 'get', path: '/v1/cases/:id', summary: 'Chi tiết hồ sơ', errors: [401, 403, 404] },
  { method: 'get', path: '/v1/cases/:id/events', summary: 'Tiến trình hồ sơ', errors: [401, 403, 404] },
  action('classify', 'Phân loại', ClassifyCaseInput),
  action('claim', 'Nhận xử lý', VersionInput),
  action('assign', 'Giao tổng đài viên', AssignCaseInput),
  action('answer-from-faq', 'Trả lời bằng hỏi đáp', AnswerFromFaqInput),
  {
    method: 'post',
    path: '/v1/cases/:id/transfers',
    summary: 'Ghi nhận chuyển cuộc gọi',
    json: TransferAttemptInput,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/v1/cases/:id/transfers/next',
    summary: 'Thứ tự số máy nên gọi',
    query: NextNumbersQuery,
    errors: [400, 401, 403, 404],
  },
  action('escalate', 'Chuyển văn bản đến cơ quan', EscalateCaseInput),
  action('acknowledge', 'Cơ quan xác nhận đã nhận', VersionInput),
  action('agency-answer', 'Cơ quan trả lời', AgencyAnswerInput),
  action('relay', 'Chuyển câu trả lời cho công dân', RelayCaseInput),
  action('wait-citizen', 'Chờ công dân bổ sung', WaitCitizenInput),
  action('resume', 'Công dân đã bổ sung', ResumeCaseInput),
  action('close', 'Đóng hồ sơ', CloseCaseInput),
  action('reopen', 'Mở lại hồ sơ', ReopenCaseInput),
  { ...action('notes', 'Ghi chú nội bộ', NoteInput) },
  action('merge', 'Gộp vào hồ sơ gốc', MergeCaseInput),
];

/** Documentation-only registrations, merged into the real routes when the document is generated. */
export function casesDocs(): Hono {
  const docs = new Hono();
  for (const op of CASE_OPERATIONS) {
    const handlers: [MiddlewareHandler, ...MiddlewareHandler[]] = [
      describe({
        tags: [TAGS.cases],
        summary: op.summary,
        security: [{ session: [] }],
        responses: { 200: { description: 'Thành công' }, ...errorResponses(...op.errors) },
      }),
    ];
    if (op.path.includes(':id')) handlers.push(documentedValidate('param', IdParam));
    if (op.header) handlers.push(documentedValidate('header', op.header));
    if (op.query) handlers.push(documentedValidate('query', op.query));
    if (op.json) handlers.push(documentedValidate('json', op.json));
    docs.on(op.method.toUpperCase(), op.path, ...handlers);
  }
  return docs;
}

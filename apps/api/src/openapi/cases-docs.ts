import { Hono, type MiddlewareHandler } from 'hono';
import { describe, errorResponses, TAGS } from './describe.js';

interface CaseOperation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  errors: number[];
  /** Success answers other than a plain 200. */
  ok?: Record<string, { description: string }>;
}

const action = (name: string, summary: string): CaseOperation => ({
  method: 'post',
  path: `/v1/cases/:id/${name}`,
  summary,
  errors: [400, 401, 403, 404, 409],
});

/**
 * Summaries and answers of the cases API (apps/api/src/routes/cases). Parameters and bodies come from
 * the routes' own validators; the document test checks every entry here is a real route.
 */
export const CASE_OPERATIONS: CaseOperation[] = [
  {
    method: 'get',
    path: '/v1/cases',
    summary: 'Danh sách hồ sơ (phân trang keyset)',
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/v1/cases',
    summary: 'Tiếp nhận hồ sơ (cần Idempotency-Key)',
    errors: [400, 401, 403, 422],
    ok: {
      201: { description: 'Đã tạo hồ sơ' },
      200: { description: 'Gửi lại cùng Idempotency-Key: hồ sơ đã tạo trước đó (Idempotent-Replayed: true)' },
    },
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
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/v1/cases/queues/breached',
    summary: 'Hồ sơ quá hạn',
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
  action('classify', 'Phân loại'),
  action('claim', 'Nhận xử lý'),
  action('assign', 'Giao tổng đài viên'),
  action('answer-from-faq', 'Trả lời bằng hỏi đáp'),
  {
    method: 'post',
    path: '/v1/cases/:id/transfers',
    summary: 'Ghi nhận chuyển cuộc gọi',
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/v1/cases/:id/transfers/next',
    summary: 'Thứ tự số máy nên gọi',
    errors: [400, 401, 403, 404],
  },
  action('escalate', 'Chuyển văn bản đến cơ quan'),
  {
    method: 'get',
    path: '/v1/cases/:id/escalation-preview',
    summary: 'Hạn xử lý nếu chuyển văn bản ngay bây giờ',
    errors: [400, 401, 403, 404, 409],
  },
  action('acknowledge', 'Cơ quan xác nhận đã nhận'),
  action('agency-answer', 'Cơ quan trả lời'),
  action('relay', 'Chuyển câu trả lời cho công dân'),
  action('wait-citizen', 'Chờ công dân bổ sung'),
  action('resume', 'Công dân đã bổ sung'),
  action('close', 'Đóng hồ sơ'),
  action('reopen', 'Mở lại hồ sơ'),
  { ...action('notes', 'Ghi chú nội bộ') },
  action('merge', 'Gộp vào hồ sơ gốc'),
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
        responses: { ...(op.ok ?? { 200: { description: 'Thành công' } }), ...errorResponses(...op.errors) },
      }),
    ];
    docs.on(op.method.toUpperCase(), op.path, ...handlers);
  }
  return docs;
}

import { ErrorBody } from '@tongdai/contracts';
import { describeRoute, resolver, type DescribeRouteOptions } from 'hono-openapi';
import type { GenericSchema } from 'valibot';

/** Small helpers so route files describe themselves in a few lines (see ./document.ts). */
export const TAGS = {
  portal: 'Cổng công dân',
  cases: 'Hồ sơ (cases)',
  open311: 'Open311 GeoReport v2',
  open311Keys: 'Khóa Open311',
  reports: 'Báo cáo',
} as const;

export const jsonContent = (schema: GenericSchema, description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
});

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ (VALIDATION_FAILED liệt kê từng trường) hoặc yêu cầu bị từ chối',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền, hoặc yêu cầu không xuất phát từ trang của tổng đài (CSRF)',
  404: 'Không tìm thấy (cả khi dữ liệu thuộc tỉnh khác)',
  409: 'Hồ sơ đã thay đổi (STALE_VERSION) hoặc thao tác không hợp lệ ở trạng thái hiện tại',
  410: 'Đã bị gỡ bỏ có chủ đích (GONE), ví dụ tệp đính kèm đã gỡ khỏi hồ sơ',
  413: 'Tệp hoặc nội dung gửi lên quá lớn (PAYLOAD_TOO_LARGE)',
  415: 'Loại tệp không được nhận (UNSUPPORTED_MEDIA_TYPE): loại xác định từ nội dung tệp',
  422: 'Idempotency-Key đã dùng cho một nội dung khác',
  429: 'Quá nhiều yêu cầu; xem Retry-After',
};

/** Error answers: every one is `{ error: { code, message, requestId, issues? } }`. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [String(s), jsonContent(ErrorBody, ERROR_DESCRIPTIONS[s] ?? 'Lỗi')]),
  );

export const describe = (spec: DescribeRouteOptions) => describeRoute(spec);

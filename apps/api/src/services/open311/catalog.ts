import type {
  Open311Attribute,
  Open311Discovery,
  Open311Service,
  Open311ServiceDefinition,
} from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { requestOrigin } from '../../middleware/tenant.js';

/** When this endpoint's shape last changed (the spec's `changeset`). */
export const OPEN311_CHANGESET = '2026-11-23T00:00:00Z';

/** The spec's optional `jurisdiction_id`: one host serves one province, so it may only name that one. */
export function checkJurisdiction(c: Context<AppEnv>, jurisdiction: string | undefined) {
  if (jurisdiction && jurisdiction !== c.get('tenant').slug) {
    throw new ApiError(
      'NOT_FOUND',
      `jurisdiction_id "${jurisdiction}" không thuộc địa chỉ này (dùng "${c.get('tenant').slug}").`,
    );
  }
}

export function discovery(c: Context<AppEnv>): Open311Discovery {
  const tenant = c.get('tenant');
  return {
    changeset: OPEN311_CHANGESET,
    contact: `Tổng đài 1022 – ${tenant.officialName}`,
    key_service: 'Khóa api_key do quản trị viên tổng đài của tỉnh cấp (trang quản trị, mục Open311).',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${requestOrigin(c)}/open311/v2`,
        changeset: OPEN311_CHANGESET,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

export function listServices(c: Context<AppEnv>): Promise<Open311Service[]> {
  return inTenant(c, async (tx, tenantId) => {
    const [topics, keywords] = await Promise.all([
      queries.listOpen311Services(tx, tenantId),
      queries.topicKeywords(tx, tenantId, 8),
    ]);
    return topics.map((t) => ({
      service_code: t.code,
      service_name: t.name,
      description: t.agencyName ? `${t.name}. Cơ quan phụ trách: ${t.agencyName}.` : t.name,
      metadata: true,
      type: 'realtime',
      keywords: (keywords.get(t.id) ?? []).join(', '),
      group: t.agencyName ?? 'Tổng đài 1022',
    }));
  });
}

/** The same two attributes for every service: where, and consent when personal data is sent. */
export const OPEN311_ATTRIBUTES: Open311Attribute[] = [
  {
    variable: true,
    code: 'commune',
    datatype: 'string',
    required: false,
    datatype_description: null,
    order: 1,
    description: 'Xã, phường nơi phát sinh yêu cầu.',
  },
  {
    variable: true,
    code: 'consent',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'Bắt buộc "yes" khi gửi kèm họ tên, số điện thoại, e-mail, địa chỉ hoặc tọa độ.',
    order: 2,
    description:
      'Người gửi đồng ý cho tổng đài xử lý dữ liệu cá nhân để tiếp nhận và trả lời yêu cầu (Nghị định 13/2023/NĐ-CP).',
    values: [{ key: 'yes', name: 'Đồng ý' }],
  },
];

export async function serviceDefinition(c: Context<AppEnv>, code: string): Promise<Open311ServiceDefinition> {
  const topic = await inTenant(c, (tx, tenantId) => queries.findTopicByCode(tx, tenantId, code));
  if (!topic) throw new ApiError('NOT_FOUND', `Không có dịch vụ (service_code) "${code}".`);
  return { service_code: topic.code, attributes: OPEN311_ATTRIBUTES };
}

import type {
  Open311CreatedRequest,
  Open311CreateRequestForm,
  Open311RequestsQuery,
  Open311ServiceRequest,
} from '@tongdai/contracts';
import {
  caseStatusesFor,
  commaList,
  isUuid,
  OPEN311_MAX_RESULTS,
  open311StatusNote,
  open311StatusOf,
  open311Window,
  type Open311Status,
} from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { createCitizenCase } from '../public/citizen-intake.js';

export const SERVICE_NOTICE =
  'Tổng đài 1022 đã tiếp nhận yêu cầu; thời hạn trả lời theo quy chế của tỉnh, tính từ lúc tiếp nhận.';
const CONSENT_NEEDED =
  'Gửi kèm họ tên, số điện thoại, e-mail, địa chỉ hoặc tọa độ cần attribute[consent]=yes (đồng ý xử lý dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP).';

type Row = Awaited<ReturnType<typeof queries.listOpen311Requests>>[number];

/** A case as a service request: public facts only (see Open311ServiceRequest in contracts). */
export function toServiceRequest(row: Row): Open311ServiceRequest {
  return {
    service_request_id: row.code,
    status: open311StatusOf(row.status),
    status_notes: open311StatusNote(row.status),
    service_name: row.topicName,
    service_code: row.topicCode,
    description: null,
    agency_responsible: row.agencyName,
    service_notice: null,
    requested_datetime: row.receivedAt.toISOString(),
    updated_datetime: row.updatedAt.toISOString(),
    expected_datetime: row.dueAt?.toISOString() ?? null,
    address: row.commune,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}

function addressOf(form: Open311CreateRequestForm): string | undefined {
  const coordinates =
    form.lat !== undefined && form.long !== undefined ? `${form.lat}, ${form.long} (WGS84)` : undefined;
  return [form.address_string, coordinates].filter(Boolean).join(' – ') || undefined;
}

/**
 * POST requests: the same intake as staff use (channel portal, topic = service). `clientRequestId`
 * (the Idempotency-Key header or `request_id`) makes retries return the case created first.
 */
export async function createServiceRequest(
  c: Context<AppEnv>,
  apiKeyId: string,
  form: Open311CreateRequestForm,
  clientRequestId: string | undefined,
): Promise<Open311CreatedRequest> {
  const name = [form.last_name, form.first_name].filter(Boolean).join(' ') || undefined;
  const address = addressOf(form);
  const personal = Boolean(name || form.email || form.phone || address);
  if (personal && form['attribute[consent]'] !== 'yes') throw new ApiError('BAD_REQUEST', CONSENT_NEEDED);
  const topic = await inTenant(c, (tx, tenantId) => queries.findTopicByCode(tx, tenantId, form.service_code));
  if (!topic) throw new ApiError('NOT_FOUND', `Không có dịch vụ (service_code) "${form.service_code}".`);
  const key = clientRequestId
    ? `open311:${apiKeyId}:${clientRequestId}`
    : `open311:${apiKeyId}:${crypto.randomUUID()}`;
  const created = await createCitizenCase(c, key, {
    channel: 'portal',
    content: form.description,
    citizen: {
      ...(name ? { name } : {}),
      ...(form.phone ? { phone: form.phone } : {}),
      ...(form.email ? { email: form.email } : {}),
      ...(address ? { address } : {}),
      ...(form['attribute[commune]'] ? { commune: form['attribute[commune]'] } : {}),
    },
    ...(topic.slaClassId ? { topicId: topic.id } : {}),
  });
  const kase = created.case;
  const token = await inTenant(c, async (tx, tenantId) => {
    const recorded = await queries.recordOpen311Request(tx, {
      tenantId,
      caseId: kase.id,
      apiKeyId,
      clientRequestId: clientRequestId ?? null,
    });
    if (created.created && personal) {
      await audit(c, tx, tenantId, {
        action: 'personal_data.consent',
        targetType: 'case',
        targetId: kase.id,
        details: { code: kase.code, channel: 'open311', apiKeyId },
      });
    }
    return recorded;
  });
  return {
    service_request_id: kase.code,
    token,
    service_notice: SERVICE_NOTICE,
    account_id: form.account_id ?? null,
  };
}

/** GET requests: codes given → those (other filters ignored, as the spec says); else the window. */
export function listServiceRequests(
  c: Context<AppEnv>,
  q: Open311RequestsQuery,
): Promise<Open311ServiceRequest[]> {
  const codes = commaList(q.service_request_id).map((s) => s.toUpperCase());
  const filter: queries.Open311RequestFilter = { limit: OPEN311_MAX_RESULTS };
  if (codes.length > 0) {
    filter.codes = codes.slice(0, OPEN311_MAX_RESULTS);
  } else {
    const window = open311Window(q.start_date, q.end_date, c.get('deps').now());
    if (!window.ok) throw new ApiError('BAD_REQUEST', window.message);
    filter.from = window.from;
    filter.to = window.to;
    const services = commaList(q.service_code);
    if (services.length > 0) filter.topicCodes = services;
    const statuses = commaList(q.status) as Open311Status[];
    if (statuses.length > 0) filter.statuses = caseStatusesFor(statuses);
  }
  return inTenant(c, async (tx, tenantId) =>
    (await queries.listOpen311Requests(tx, tenantId, filter)).map(toServiceRequest),
  );
}

export async function getServiceRequest(c: Context<AppEnv>, code: string): Promise<Open311ServiceRequest> {
  const [row] = await inTenant(c, (tx, tenantId) =>
    queries.listOpen311Requests(tx, tenantId, { codes: [code.toUpperCase()], limit: 1 }),
  );
  if (!row) throw new ApiError('NOT_FOUND', `Không tìm thấy yêu cầu "${code}".`);
  return toServiceRequest(row);
}

export async function resolveToken(c: Context<AppEnv>, token: string) {
  const found = isUuid(token)
    ? await inTenant(c, (tx, tenantId) => queries.findOpen311Token(tx, tenantId, token.toLowerCase()))
    : undefined;
  if (!found) throw new ApiError('NOT_FOUND', `Không tìm thấy token "${token}".`);
  return { service_request_id: found.code, token: found.token };
}

import {
  Open311CreatedRequest,
  Open311CreateRequestForm,
  Open311JurisdictionQuery,
  Open311RequestsQuery,
  Open311ServiceRequests,
  Open311TokenResults,
} from '@tongdai/contracts';
import { Hono, type Context } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { enforceRateLimit } from '../../middleware/rate-limit.js';
import { documentedValidate } from '../../openapi/validate.js';
import { authenticateKey } from '../../services/open311/api-keys.js';
import { checkJurisdiction } from '../../services/open311/catalog.js';
import {
  createServiceRequest,
  getServiceRequest,
  listServiceRequests,
  resolveToken,
} from '../../services/open311/requests.js';
import { FORMATS, open311Doc } from './describe.js';
import { send, splitFormat, toXml, type Format } from './format.js';

const CLIENT_ID = /^[\x21-\x7e]{8,200}$/;

function clientRequestId(c: Context<AppEnv>): string | undefined {
  const id = c.req.header('idempotency-key');
  if (id === undefined || id === '') return undefined;
  if (!CLIENT_ID.test(id)) {
    throw new ApiError('BAD_REQUEST', 'Idempotency-Key gồm 8–200 ký tự ASCII, không có dấu cách.');
  }
  return id;
}

const requestsXml = (items: object[]) => toXml('service_requests', { request: items });

/** POST requests.{format}, GET requests.{format}, requests/{id}.{format}, tokens/{token}.{format}. */
export const open311RequestRoutes = new Hono<AppEnv>();

for (const format of FORMATS) {
  open311RequestRoutes.post(
    `/requests.${format}`,
    describeRoute(
      open311Doc(format, 'Gửi yêu cầu (cần api_key)', Open311CreatedRequest, [400, 403, 404, 429], {
        description:
          'Biểu mẫu application/x-www-form-urlencoded theo GeoReport v2; `api_key` (hoặc tiêu đề X-Api-Key) do tỉnh cấp. Tiêu đề `Idempotency-Key` tùy chọn: gửi lại cùng khóa trả về cùng yêu cầu. Dữ liệu cá nhân cần `attribute[consent]=yes`.',
      }),
    ),
    documentedValidate('form', Open311CreateRequestForm, 'application/x-www-form-urlencoded'),
    async (c) => {
      const form = c.req.valid('form');
      const key = await authenticateKey(c, form.api_key ?? c.req.header('x-api-key'));
      await enforceRateLimit(c, 'open311-write', `key:${key.id}`);
      checkJurisdiction(c, form.jurisdiction_id);
      const created = await createServiceRequest(c, key.id, form, clientRequestId(c));
      return send(c, format, [created], () => requestsXml([created]), 201);
    },
  );
  open311RequestRoutes.get(
    `/requests.${format}`,
    describeRoute(
      open311Doc(
        format,
        'Danh sách yêu cầu (không có dữ liệu cá nhân)',
        Open311ServiceRequests,
        [400, 404, 429],
        {
          description:
            'Mặc định 90 ngày gần nhất; khoảng tối đa 90 ngày; tối đa 1000 yêu cầu, mới nhất trước.',
        },
      ),
    ),
    documentedValidate('query', Open311RequestsQuery),
    async (c) => {
      const query = c.req.valid('query');
      checkJurisdiction(c, query.jurisdiction_id);
      const items = await listServiceRequests(c, query);
      return send(c, format, items, () => requestsXml(items));
    },
  );
}

const one = async (c: Context<AppEnv>, format: Format, id: string) => {
  const item = await getServiceRequest(c, id);
  return send(c, format, [item], () => requestsXml([item]));
};

open311RequestRoutes.get(
  '/requests/:service_request_id{[\\w.~%-]+\\.(?:json|xml)}',
  describeRoute(
    open311Doc('json', 'Một yêu cầu (không có dữ liệu cá nhân)', Open311ServiceRequests, [404, 429], {
      description: 'Đuôi `.json` hoặc `.xml` chọn định dạng trả lời.',
    }),
  ),
  documentedValidate('query', Open311JurisdictionQuery),
  async (c) => {
    checkJurisdiction(c, c.req.valid('query').jurisdiction_id);
    const { id, format } = splitFormat(c.req.param('service_request_id'));
    return one(c, format, id);
  },
);

open311RequestRoutes.get(
  '/tokens/:token{[\\w.~%-]+\\.(?:json|xml)}',
  describeRoute(
    open311Doc('json', 'Mã yêu cầu từ token', Open311TokenResults, [404, 429], {
      description: 'Đuôi `.json` hoặc `.xml` chọn định dạng trả lời.',
    }),
  ),
  documentedValidate('query', Open311JurisdictionQuery),
  async (c) => {
    checkJurisdiction(c, c.req.valid('query').jurisdiction_id);
    const { id, format } = splitFormat(c.req.param('token'));
    const result = await resolveToken(c, id);
    return send(c, format, [result], () => requestsXml([result]));
  },
);

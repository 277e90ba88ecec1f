import {
  Open311Discovery,
  Open311JurisdictionQuery,
  Open311ServiceDefinition,
  Open311Services,
} from '@tongdai/contracts';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../context.js';
import { documentedValidate } from '../../openapi/validate.js';
import {
  checkJurisdiction,
  discovery,
  listServices,
  serviceDefinition,
} from '../../services/open311/catalog.js';
import { FORMATS, open311Doc } from './describe.js';
import { send, splitFormat, toXml } from './format.js';

/** discovery.{format}, services.{format}, services/{service_code}.{format}. */
export const open311CatalogRoutes = new Hono<AppEnv>();

for (const format of FORMATS) {
  open311CatalogRoutes.get(
    `/discovery.${format}`,
    describeRoute(open311Doc(format, 'Khám phá dịch vụ (service discovery)', Open311Discovery, [404])),
    (c) => {
      const body = discovery(c);
      return send(c, format, body, () =>
        toXml('discovery', {
          ...body,
          endpoints: { endpoint: body.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) },
        }),
      );
    },
  );
  open311CatalogRoutes.get(
    `/services.${format}`,
    describeRoute(open311Doc(format, 'Danh sách dịch vụ (lĩnh vực tiếp nhận)', Open311Services, [400, 404])),
    documentedValidate('query', Open311JurisdictionQuery),
    async (c) => {
      checkJurisdiction(c, c.req.valid('query').jurisdiction_id);
      const services = await listServices(c);
      return send(c, format, services, () => toXml('services', { service: services }));
    },
  );
}

open311CatalogRoutes.get(
  '/services/:service_code{[\\w.~%-]+\\.(?:json|xml)}',
  describeRoute(
    open311Doc('json', 'Định nghĩa dịch vụ (thuộc tính)', Open311ServiceDefinition, [400, 404], {
      description: 'Đuôi `.json` hoặc `.xml` chọn định dạng trả lời.',
    }),
  ),
  documentedValidate('query', Open311JurisdictionQuery),
  async (c) => {
    const { id, format } = splitFormat(c.req.param('service_code'));
    checkJurisdiction(c, c.req.valid('query').jurisdiction_id);
    const definition = await serviceDefinition(c, id);
    return send(c, format, definition, () =>
      toXml('service_definition', {
        service_code: definition.service_code,
        attributes: {
          attribute: definition.attributes.map(({ values, ...a }) => ({
            ...a,
            ...(values ? { values: { value: values } } : {}),
          })),
        },
      }),
    );
  },
);

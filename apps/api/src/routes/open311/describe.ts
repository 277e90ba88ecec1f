import type { DescribeRouteOptions } from 'hono-openapi';
import type { GenericSchema } from 'valibot';
import { Open311Errors } from '@tongdai/contracts';
import { resolver } from 'hono-openapi';
import { TAGS } from '../../openapi/describe.js';
import type { Format } from './format.js';

const XML = { 'text/xml': { schema: { type: 'string' as const, description: 'XML theo GeoReport v2' } } };

/** One Open311 operation in one format: its answer and the spec's error list. */
export function open311Doc(
  format: Format,
  summary: string,
  ok: GenericSchema,
  errors: number[],
  extra: Partial<DescribeRouteOptions> = {},
): DescribeRouteOptions {
  const content = (schema: GenericSchema) =>
    format === 'json' ? { 'application/json': { schema: resolver(schema) } } : XML;
  return {
    tags: [TAGS.open311],
    summary: `${summary} (${format.toUpperCase()})`,
    ...extra,
    responses: {
      200: { description: 'Thành công', content: content(ok) },
      ...Object.fromEntries(
        errors.map((s) => [
          String(s),
          { description: 'Lỗi theo GeoReport v2', content: content(Open311Errors) },
        ]),
      ),
    },
  };
}

export const FORMATS: Format[] = ['json', 'xml'];

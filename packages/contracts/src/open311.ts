import * as v from 'valibot';
import { CitizenInput } from './cases.js';

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) on each province's host under /open311/v2,
 * JSON and XML. Inputs are form fields as the spec sends them; outputs are the spec's elements,
 * also used to check answers in tests and to describe them in the OpenAPI document.
 */
const Optional = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max, `Tối đa ${max} ký tự.`),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  );
const Coordinate = (min: number, max: number, name: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^-?\d{1,3}(\.\d+)?$/, `${name} phải là số thập phân (WGS84).`),
      v.transform(Number),
      v.minValue(min, `${name} nằm ngoài phạm vi.`),
      v.maxValue(max, `${name} nằm ngoài phạm vi.`),
    ),
  );

/** POST requests.{json,xml}: application/x-www-form-urlencoded (or multipart) per the spec. */
export const Open311CreateRequestForm = v.object({
  api_key: Optional(200),
  jurisdiction_id: Optional(100),
  service_code: v.pipe(
    v.string('service_code là bắt buộc.'),
    v.trim(),
    v.nonEmpty('service_code là bắt buộc.'),
    v.maxLength(40, 'service_code không hợp lệ.'),
  ),
  description: v.pipe(
    v.string('description là bắt buộc: nội dung yêu cầu.'),
    v.trim(),
    v.nonEmpty('description là bắt buộc: nội dung yêu cầu.'),
    v.maxLength(5000, 'description tối đa 5000 ký tự.'),
  ),
  lat: Coordinate(-90, 90, 'lat'),
  long: Coordinate(-180, 180, 'long'),
  address_string: Optional(300),
  address_id: Optional(100),
  email: CitizenInput.entries.email,
  phone: CitizenInput.entries.phone,
  first_name: Optional(60),
  last_name: Optional(60),
  device_id: Optional(200),
  account_id: Optional(200),
  media_url: Optional(1000),
  'attribute[commune]': Optional(120),
  'attribute[consent]': v.optional(v.picklist(['yes', ''], 'attribute[consent] chỉ nhận giá trị "yes".')),
});
export type Open311CreateRequestForm = v.InferOutput<typeof Open311CreateRequestForm>;

/** An ISO 8601 / W3C datetime, e.g. 2026-05-04T08:15:00+07:00 (a date alone is midnight UTC). */
const W3cDate = (name: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/,
        `${name} cần có dạng W3C, ví dụ 2026-05-04T08:15:00+07:00.`,
      ),
      v.check((s) => !Number.isNaN(Date.parse(s)), `${name} không hợp lệ.`),
      v.transform((s) => new Date(s)),
    ),
  );

/** GET requests.{json,xml}: `service_request_id` (comma-separated) overrides every other filter. */
export const Open311RequestsQuery = v.object({
  jurisdiction_id: Optional(100),
  service_request_id: Optional(2000),
  service_code: Optional(2000),
  start_date: W3cDate('start_date'),
  end_date: W3cDate('end_date'),
  status: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\s*(open|closed)\s*(,\s*(open|closed)\s*)*$/, 'status nhận open, closed hoặc open,closed.'),
    ),
  ),
});
export type Open311RequestsQuery = v.InferOutput<typeof Open311RequestsQuery>;

export const Open311JurisdictionQuery = v.object({ jurisdiction_id: Optional(100) });

/* Answers, element by element as the spec names them. */

export const Open311Error = v.strictObject({ code: v.number(), description: v.string() });
export const Open311Errors = v.array(Open311Error);

export const Open311Discovery = v.strictObject({
  changeset: v.string(),
  contact: v.string(),
  key_service: v.string(),
  endpoints: v.array(
    v.strictObject({
      specification: v.string(),
      url: v.string(),
      changeset: v.string(),
      type: v.picklist(['production', 'test']),
      formats: v.array(v.string()),
    }),
  ),
});
export type Open311Discovery = v.InferOutput<typeof Open311Discovery>;

export const Open311Service = v.strictObject({
  service_code: v.string(),
  service_name: v.string(),
  description: v.string(),
  metadata: v.boolean(),
  type: v.picklist(['realtime', 'batch', 'blackbox']),
  keywords: v.string(),
  group: v.string(),
});
export type Open311Service = v.InferOutput<typeof Open311Service>;
export const Open311Services = v.array(Open311Service);

export const Open311Attribute = v.strictObject({
  variable: v.boolean(),
  code: v.string(),
  datatype: v.picklist(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: v.boolean(),
  datatype_description: v.nullable(v.string()),
  order: v.number(),
  description: v.string(),
  values: v.optional(v.array(v.strictObject({ key: v.string(), name: v.string() }))),
});
export type Open311Attribute = v.InferOutput<typeof Open311Attribute>;

export const Open311ServiceDefinition = v.strictObject({
  service_code: v.string(),
  attributes: v.array(Open311Attribute),
});
export type Open311ServiceDefinition = v.InferOutput<typeof Open311ServiceDefinition>;

export const Open311CreatedRequest = v.strictObject({
  service_request_id: v.string(),
  token: v.string(),
  service_notice: v.string(),
  account_id: v.nullable(v.string()),
});
export type Open311CreatedRequest = v.InferOutput<typeof Open311CreatedRequest>;

/**
 * One request in GET answers. Deliberately without personal data: no description (the citizen's own
 * words may name people or illnesses), no contact, no street address, no coordinates.
 */
export const Open311ServiceRequest = v.strictObject({
  service_request_id: v.string(),
  status: v.picklist(['open', 'closed']),
  status_notes: v.string(),
  service_name: v.nullable(v.string()),
  service_code: v.nullable(v.string()),
  description: v.nullable(v.string()),
  agency_responsible: v.nullable(v.string()),
  service_notice: v.nullable(v.string()),
  requested_datetime: v.string(),
  updated_datetime: v.string(),
  expected_datetime: v.nullable(v.string()),
  address: v.nullable(v.string()),
  address_id: v.nullable(v.string()),
  zipcode: v.nullable(v.string()),
  lat: v.nullable(v.number()),
  long: v.nullable(v.number()),
  media_url: v.nullable(v.string()),
});
export type Open311ServiceRequest = v.InferOutput<typeof Open311ServiceRequest>;
export const Open311ServiceRequests = v.array(Open311ServiceRequest);

export const Open311TokenResult = v.strictObject({ service_request_id: v.string(), token: v.string() });
export const Open311TokenResults = v.array(Open311TokenResult);

/* Keys, issued per province by its admin (/v1/open311-keys). */

export const CreateOpen311KeyInput = v.object({
  name: v.pipe(
    v.string('Vui lòng nhập tên ứng dụng hoặc đơn vị dùng khóa.'),
    v.trim(),
    v.nonEmpty('Vui lòng nhập tên ứng dụng hoặc đơn vị dùng khóa.'),
    v.maxLength(120, 'Tên tối đa 120 ký tự.'),
  ),
});
export type CreateOpen311KeyInput = v.InferOutput<typeof CreateOpen311KeyInput>;

export interface Open311KeyView {
  id: string;
  name: string;
  /** The first characters of the key, to recognise it; the key itself is never stored. */
  prefix: string;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  requestCount: number;
}

export interface CreatedOpen311Key {
  key: Open311KeyView;
  /** Shown once, at creation. */
  secret: string;
}

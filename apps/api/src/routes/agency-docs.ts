import { describe, errorResponses } from '../openapi/describe.js';

/** The OpenAPI tag and summaries of the agency-side routes (agency-loop.ts). */
export const AGENCY_TAG = 'Phía cơ quan và phản hồi người dân';

export const doc = (summary: string, errors: number[], ok: Record<string, string> = { 200: 'Thành công' }) =>
  describe({
    tags: [AGENCY_TAG],
    summary,
    responses: {
      ...Object.fromEntries(Object.entries(ok).map(([status, description]) => [status, { description }])),
      ...errorResponses(...errors),
    },
  });

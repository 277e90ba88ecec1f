import type { TestProvince } from '@tongdai/test-utils';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Harness } from './harness.js';

/** Does what the portal page does: fetches a challenge on the province's host and solves it. */
export async function solvedPow(h: Harness, p: TestProvince): Promise<string> {
  const res = await h.request(p, '/v1/public/challenge');
  if (res.status !== 200) throw new Error(`challenge: ${res.status}`);
  const challenge = (await res.json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the challenge');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export async function topicWithSla(sql: import('postgres').Sql, tenantId: string) {
  const [row] = await sql<{ id: string; code: string; name: string }[]>`
    select id, code, name from topics where tenant_id = ${tenantId} and sla_class_id is not null
    order by position, code limit 1`;
  if (!row) throw new Error('no topic with an SLA class');
  return row;
}

let n = 0;
/** A valid form body; `altcha` filled by the caller. */
export const requestBody = (topicId: string, altcha: string, extra: Record<string, unknown> = {}) => ({
  topicId,
  content: `Xin hỏi lịch tiêm vắc-xin cho trẻ tại trạm y tế phường, lần ${(n += 1)} ${Date.now()}`,
  commune: 'Phường Điện Biên',
  name: 'Nguyễn Thị Hoa',
  phone: '0913 680 916',
  consent: true,
  website: '',
  altcha,
  ...extra,
});

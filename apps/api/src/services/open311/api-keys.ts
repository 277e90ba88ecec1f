import { createHash, randomBytes } from 'node:crypto';
import type { CreatedOpen311Key, Open311KeyView } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

/**
 * Keys for Open311 clients, per province. A key is 32 random bytes shown once at creation; the
 * database keeps only its SHA-256 (enough for a random secret of that size) and a short prefix.
 */
const KEY_PREFIX = 'o311_';
const PREFIX_LENGTH = 12;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

const view = (row: Awaited<ReturnType<typeof queries.listOpen311Keys>>[number]): Open311KeyView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  createdByName: row.createdByName,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  requestCount: row.requestCount,
});

export function listKeys(c: Context<AppEnv>): Promise<Open311KeyView[]> {
  return inTenant(c, async (tx, tenantId) => (await queries.listOpen311Keys(tx, tenantId)).map(view));
}

export function issueKey(c: Context<AppEnv>, auth: AuthState, name: string): Promise<CreatedOpen311Key> {
  const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.insertOpen311Key(tx, {
      tenantId,
      name,
      prefix: secret.slice(0, PREFIX_LENGTH),
      keyHash: hashKey(secret),
      createdBy: auth.userId,
    });
    await audit(c, tx, tenantId, {
      action: 'open311.key_issued',
      targetType: 'open311_api_key',
      targetId: row.id,
      details: { name, prefix: row.prefix },
    });
    return {
      secret,
      key: view({ ...row, createdByName: auth.name, requestCount: 0 }),
    };
  });
}

export function revokeKey(c: Context<AppEnv>, auth: AuthState, id: string) {
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.revokeOpen311Key(tx, tenantId, id, auth.userId, c.get('deps').now());
    if (!row) throw notFound('Không tìm thấy khóa Open311 này.');
    await audit(c, tx, tenantId, {
      action: 'open311.key_revoked',
      targetType: 'open311_api_key',
      targetId: row.id,
      details: { name: row.name },
    });
    return { id: row.id, revokedAt: row.revokedAt!.toISOString() };
  });
}

/** The client behind an `api_key`: 403 (the spec's status for a missing or bad key) otherwise. */
export async function authenticateKey(c: Context<AppEnv>, key: string | undefined) {
  if (!key) throw new ApiError('FORBIDDEN', 'Thiếu api_key: khóa do quản trị viên tổng đài tỉnh cấp.');
  const found = await inTenant(c, (tx, tenantId) =>
    queries.useOpen311Key(tx, tenantId, hashKey(key), c.get('deps').now()),
  );
  if (!found) throw new ApiError('FORBIDDEN', 'api_key không hợp lệ hoặc đã bị thu hồi.');
  return found;
}

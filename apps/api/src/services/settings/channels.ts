import type { ChannelInput } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

const sealed = (c: Context<AppEnv>, secret: string | null | undefined) =>
  secret === undefined
    ? undefined
    : secret === null || secret === ''
      ? null
      : c.get('deps').secrets.seal(secret);

export const listChannels = (c: Context<AppEnv>) =>
  inTenant(c, (tx, t) => queries.listChannelSettings(tx, t));

export async function createChannel(c: Context<AppEnv>, input: ChannelInput) {
  const { secret, ...values } = input;
  return inTenant(c, async (tx, tenantId) => {
    const id = await queries.insertChannel(tx, tenantId, {
      ...values,
      secretCiphertext: sealed(c, secret) ?? null,
    });
    await audit(c, tx, tenantId, {
      action: 'settings.channel_created',
      targetType: 'channel',
      targetId: id,
      details: values,
    });
    return id;
  });
}

export async function updateChannel(c: Context<AppEnv>, id: string, input: ChannelInput) {
  const { secret, ...values } = input;
  const secretCiphertext = sealed(c, secret);
  await inTenant(c, async (tx, tenantId) => {
    const found = await queries.updateChannel(tx, tenantId, id, {
      note: null,
      ...values,
      ...(secretCiphertext !== undefined ? { secretCiphertext } : {}),
    });
    if (!found) throw notFound('Không tìm thấy kênh này.');
    await audit(c, tx, tenantId, {
      action: 'settings.channel_updated',
      targetType: 'channel',
      targetId: id,
      details: { ...values, secret: secret === undefined ? 'kept' : secret ? 'replaced' : 'cleared' },
    });
  });
}

export async function deleteChannel(c: Context<AppEnv>, id: string) {
  await inTenant(c, async (tx, tenantId) => {
    if (!(await queries.deleteChannel(tx, tenantId, id))) throw notFound('Không tìm thấy kênh này.');
    await audit(c, tx, tenantId, { action: 'settings.channel_deleted', targetType: 'channel', targetId: id });
  });
}

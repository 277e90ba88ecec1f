import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { channels } from '../schema/channels.js';

export function listChannels(tx: Tx, tenantId: string) {
  return tx
    .select({
      id: channels.id,
      kind: channels.kind,
      label: channels.label,
      value: channels.value,
      note: channels.note,
    })
    .from(channels)
    .where(and(eq(channels.tenantId, tenantId)))
    .orderBy(asc(channels.position));
}

export type ChannelValues = {
  kind: (typeof channels.kind.enumValues)[number];
  label: string;
  value: string;
  note?: string | null;
};

/** For settings: every channel with whether a secret is set (never the secret itself). */
export function listChannelSettings(tx: Tx, tenantId: string) {
  return tx
    .select({
      id: channels.id,
      kind: channels.kind,
      label: channels.label,
      value: channels.value,
      note: channels.note,
      position: channels.position,
      secretSet: sql<boolean>`${channels.secretCiphertext} is not null`,
    })
    .from(channels)
    .where(eq(channels.tenantId, tenantId))
    .orderBy(asc(channels.position));
}

export async function insertChannel(
  tx: Tx,
  tenantId: string,
  values: ChannelValues & { secretCiphertext?: string | null },
) {
  const [{ next } = { next: 0 }] = await tx
    .select({ next: sql<number>`coalesce(max(${channels.position}) + 1, 0)::int` })
    .from(channels)
    .where(eq(channels.tenantId, tenantId));
  const [row] = await tx
    .insert(channels)
    .values({ tenantId, ...values, position: next })
    .returning({ id: channels.id });
  return row!.id;
}

/** `secretCiphertext` undefined keeps the stored secret; null clears it. */
export async function updateChannel(
  tx: Tx,
  tenantId: string,
  id: string,
  values: ChannelValues & { secretCiphertext?: string | null },
) {
  const rows = await tx
    .update(channels)
    .set(values)
    .where(and(eq(channels.tenantId, tenantId), eq(channels.id, id)))
    .returning({ id: channels.id });
  return rows.length > 0;
}

export async function deleteChannel(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .delete(channels)
    .where(and(eq(channels.tenantId, tenantId), eq(channels.id, id)))
    .returning({ id: channels.id });
  return rows.length > 0;
}

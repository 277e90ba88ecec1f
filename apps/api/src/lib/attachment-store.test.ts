import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiskAttachmentStore } from './attachment-store.js';

const readAll = async (stream: ReadableStream<Uint8Array>) =>
  new Uint8Array(await new Response(stream).arrayBuffer());

describe('disk attachment store', () => {
  const root = mkdtempSync(join(tmpdir(), 'tongdai-attachments-'));
  const store = createDiskAttachmentStore(root);
  const key = { tenantId: randomUUID(), id: randomUUID(), createdAt: new Date('2026-12-31T20:00:00Z') };

  it('writes under <root>/<tenant>/<yyyy>/<id>, reads the same bytes back, leaves no temporary file', async () => {
    const bytes = randomBytes(300_000);
    await store.put(key, bytes);
    const dir = join(root, key.tenantId, '2026');
    expect(readdirSync(dir)).toEqual([key.id]);
    expect(readFileSync(join(dir, key.id)).equals(bytes)).toBe(true);
    const stream = await store.read(key);
    expect(Buffer.from(await readAll(stream!)).equals(bytes)).toBe(true);
  });

  it('answers null for a missing file and removes idempotently', async () => {
    expect(await store.read({ ...key, id: randomUUID() })).toBeNull();
    await store.remove(key);
    await store.remove(key);
    expect(await store.read(key)).toBeNull();
  });

  it('refuses keys that are not UUIDs, so no path can climb out of the root', async () => {
    await expect(store.put({ ...key, id: '../../etc/passwd' }, new Uint8Array([1]))).rejects.toThrow(/UUID/);
    await expect(store.read({ ...key, tenantId: '..' })).rejects.toThrow(/UUID/);
  });

  it('leaves nothing behind when the write fails', async () => {
    const blocked = { ...key, id: randomUUID() };
    // A non-empty folder where the file should go: the final rename fails.
    const target = join(root, key.tenantId, '2026', blocked.id);
    mkdirSync(join(target, 'x'), { recursive: true });
    await expect(store.put(blocked, new Uint8Array([1, 2]))).rejects.toThrow();
    expect(readdirSync(join(root, key.tenantId, '2026')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

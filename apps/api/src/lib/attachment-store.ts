import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isUuid } from '@tongdai/core';

/** Where a file lives: its province, its id, and the instant it was added (the year folder). */
export interface AttachmentKey {
  tenantId: string;
  id: string;
  createdAt: Date;
}

/** The bytes of case attachments. Rows in `case_attachments` say what exists; this holds the content. */
export interface AttachmentStore {
  /** Writes the whole file or nothing: a reader never sees half a file. */
  put(key: AttachmentKey, bytes: Uint8Array): Promise<void>;
  /** The file as a stream, or null when it is not there. */
  read(key: AttachmentKey): Promise<ReadableStream<Uint8Array> | null>;
  remove(key: AttachmentKey): Promise<void>;
}

/**
 * Files on local disk: `<root>/<tenantId>/<yyyy>/<attachmentId>` (UTC year of `createdAt`). Paths are
 * built from ids only, checked to be UUIDs, so nothing a client sends can reach another folder.
 */
export function createDiskAttachmentStore(root: string): AttachmentStore {
  const dirOf = (key: AttachmentKey) => {
    if (!isUuid(key.tenantId) || !isUuid(key.id)) throw new Error('attachment key is not a pair of UUIDs');
    return join(root, key.tenantId.toLowerCase(), String(key.createdAt.getUTCFullYear()));
  };
  const pathOf = (key: AttachmentKey) => join(dirOf(key), key.id.toLowerCase());

  return {
    async put(key, bytes) {
      const dir = dirOf(key);
      await mkdir(dir, { recursive: true });
      // Same folder, so the rename is atomic; the leading dot keeps temporaries apart from ids.
      const temp = join(dir, `.${key.id}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        const handle = await open(temp, 'wx', 0o640);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, pathOf(key));
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },
    async read(key) {
      const path = pathOf(key);
      const found = await stat(path).catch(() => null);
      if (!found?.isFile()) return null;
      return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

import { randomUUID } from 'node:crypto';
import { citizenFilesRefusal, sanitizeFileName } from '@tongdai/core';
import { queries } from '@tongdai/db';
import {
  attachmentAddedData,
  attachmentError,
  attachmentRow,
  inspectUpload,
  type InspectedUpload,
} from '../../lib/attachment-upload.js';
import type { AttachmentKey, AttachmentStore } from '../../lib/attachment-store.js';
import { ApiError } from '../../lib/errors.js';
import type { NewCaseContext, OnCaseCreated } from '../cases/intake.js';

const FIELD = 'files';

/**
 * The files of a portal request, every one checked before anything is created: their number and
 * total size first, then each alone (size, real type from the bytes). Each refused file is named in
 * an issue `files.<index>`, so the form can say which one to change and why.
 */
export async function inspectCitizenFiles(files: readonly File[]): Promise<InspectedUpload[]> {
  const together = citizenFilesRefusal(files.map((f) => f.size));
  if (together) {
    throw new ApiError(attachmentError(together).code, together.message, [
      { path: FIELD, message: together.message },
    ]);
  }
  const uploads: InspectedUpload[] = [];
  const refused: { error: ApiError; path: string; message: string }[] = [];
  for (const [index, file] of files.entries()) {
    try {
      uploads.push(await inspectUpload(file));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const message = `Tệp "${sanitizeFileName(file.name)}": ${error.message}`;
      refused.push({ error, path: `${FIELD}.${index}`, message });
    }
  }
  const [first] = refused;
  if (first) {
    throw new ApiError(
      first.error.code,
      refused.map((r) => r.message).join(' '),
      refused.map(({ path, message }) => ({ path, message })),
    );
  }
  return uploads;
}

/** Writes the files and their rows in the new case's transaction: from the citizen, no uploader. */
async function attachCitizenFiles(
  store: AttachmentStore,
  { tx, tenantId, caseId, now }: NewCaseContext,
  uploads: readonly InspectedUpload[],
  written: AttachmentKey[],
) {
  for (const [index, upload] of uploads.entries()) {
    // A millisecond apart, so the case lists them in the order the citizen chose them.
    const key = { tenantId, id: randomUUID(), createdAt: new Date(now.getTime() + index) };
    written.push(key);
    await store.put(key, upload.bytes);
    await queries.insertCaseAttachment(
      tx,
      attachmentRow(upload, key, { caseId, uploadedBy: null, source: 'citizen' }),
    );
    await queries.appendCaseEvent(tx, {
      tenantId,
      caseId,
      at: now,
      actorUserId: null,
      type: 'attachment_added',
      visibility: 'internal',
      data: attachmentAddedData(upload, key),
    });
  }
}

/**
 * The files of one request on their way into the intake. The intake may run its transaction twice
 * (a concurrent duplicate): `settle` keeps the files of the transaction that committed, if any, and
 * removes every other file written, so nothing stays on disk without its row.
 */
export function citizenFileWriter(store: AttachmentStore, uploads: readonly InspectedUpload[]) {
  const attempts: AttachmentKey[][] = [];
  const onCreated: OnCaseCreated | undefined =
    uploads.length === 0
      ? undefined
      : async (ctx) => {
          const written: AttachmentKey[] = [];
          attempts.push(written);
          await attachCitizenFiles(store, ctx, uploads, written);
        };
  const settle = async (committed: boolean) => {
    const kept = committed ? attempts.at(-1) : undefined;
    const orphans = attempts.filter((a) => a !== kept).flat();
    await Promise.all(orphans.map((key) => store.remove(key).catch(() => undefined)));
  };
  return { onCreated, settle };
}

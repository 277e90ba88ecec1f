import type { CaseAttachmentItem } from '@tongdai/contracts';
import { MAX_ATTACHMENTS_PER_CASE, type Permission } from '@tongdai/core';
import type { CaseActionDone } from '$lib/cases/types.js';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle } from '../api.js';
import { requirePermission } from '../guards.js';
import { requireTenant } from '../tenant.js';
import { caseIdOf, refusal, type CaseEvent } from './act.js';

/** One file as the case pages list it; downloads go through the same-origin `/api` proxy. */
function attachmentRow(caseId: string, a: CaseAttachmentItem) {
  return {
    id: a.id,
    fileName: a.fileName,
    sizeBytes: a.sizeBytes,
    createdAt: formatDateTime(a.createdAt),
    by: a.uploadedByName,
    source: a.source,
    href: `/api/v1/cases/${caseId}/attachments/${a.id}`,
  };
}
export type AttachmentRow = ReturnType<typeof attachmentRow>;

/** The case's files, or the API's reason when they cannot be listed (the rest of the page still shows). */
export async function loadAttachments(event: CaseEvent) {
  const id = caseIdOf(event);
  const result = await settle(await apiClient(event).v1.cases[':id'].attachments.$get({ param: { id } }));
  if (!result.ok) return { error: result.error.message || null, rows: [] as AttachmentRow[], full: false };
  const rows = result.data.attachments.map((a) => attachmentRow(id, a));
  return { error: null, rows, full: rows.length >= MAX_ATTACHMENTS_PER_CASE };
}
export type CaseAttachments = Awaited<ReturnType<typeof loadAttachments>>;

const FORM = 'attach';

/**
 * The `?/attach` action of a case page: one file from a multipart form, passed on to the API, which
 * decides (size, real type, count, who may); its refusal comes back next to the form.
 */
export async function attachFile(event: CaseEvent, permission: Permission) {
  requireTenant(event.locals);
  requirePermission(event, permission);
  const id = caseIdOf(event);
  const data = await event.request.formData().catch(() => null);
  const file = data?.get('file');
  // A form sent with no file chosen carries an empty, unnamed part.
  if (!(file instanceof File) || (file.name === '' && file.size === 0)) {
    return refusal(400, FORM, {}, [{ path: 'file', message: 'Vui lòng chọn một tệp.' }]);
  }
  const result = await settle(
    await apiClient(event).v1.cases[':id'].attachments.$post({ param: { id }, form: { file } }),
  );
  if (!result.ok) {
    const { error: e } = result;
    return refusal(result.status, FORM, {}, e.issues ?? [], e.message, e.code);
  }
  return {
    form: FORM,
    done: FORM,
    params: { name: result.data.attachment.fileName },
  } satisfies CaseActionDone;
}

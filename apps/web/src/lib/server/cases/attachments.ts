import { AttachmentParam, WithdrawAttachmentInput, type CaseAttachmentItem } from '@tongdai/contracts';
import { MAX_ATTACHMENTS_PER_CASE, type Permission } from '@tongdai/core';
import * as v from 'valibot';
import type { CaseActionDone } from '$lib/cases/types.js';
import { formatDateTime } from '$lib/format.js';
import { t } from '$lib/i18n/index.js';
import { apiClient, settle } from '../api.js';
import { readForm } from '../forms.js';
import { requirePermission } from '../guards.js';
import { requireTenant } from '../tenant.js';
import { caseIdOf, refusal, schemaIssues, type CaseEvent } from './act.js';

/** One file as the case pages list it; downloads go through the same-origin `/api` proxy. */
function attachmentRow(caseId: string, a: CaseAttachmentItem) {
  return {
    id: a.id,
    fileName: a.fileName,
    sizeBytes: a.sizeBytes,
    createdAt: formatDateTime(a.createdAt),
    by: a.uploadedByName,
    source: a.source,
    canWithdraw: a.canWithdraw,
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
    return refusal(400, FORM, {}, [{ path: 'file', message: t(event.locals.locale, 'attachments.missing') }]);
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

const WITHDRAW_FORM = 'withdrawAttachment';

/**
 * The `?/withdrawAttachment` action of a case page: the file's id and the reason from a plain form,
 * checked with the API's schema, then the API decides who may (its refusal comes back on the file's row).
 */
export async function withdrawAttachment(event: CaseEvent, permission: Permission) {
  requireTenant(event.locals);
  requirePermission(event, permission);
  const id = caseIdOf(event);
  const values = await readForm(event.request).catch(() => ({}) as Record<string, string>);
  const param = v.safeParse(AttachmentParam, { id, attachmentId: values.attachmentId ?? '' });
  if (!param.success) {
    return refusal(
      404,
      WITHDRAW_FORM,
      values,
      [],
      t(event.locals.locale, 'attachments.notFound'),
      'NOT_FOUND',
    );
  }
  const input = v.safeParse(WithdrawAttachmentInput, { reason: values.reason ?? '' });
  if (!input.success) return refusal(400, WITHDRAW_FORM, values, schemaIssues(input.issues));
  const result = await settle(
    await apiClient(event).v1.cases[':id'].attachments[':attachmentId'].withdraw.$post({
      param: param.output,
      json: input.output,
    }),
  );
  if (!result.ok) {
    const { error: e } = result;
    return refusal(result.status, WITHDRAW_FORM, values, e.issues ?? [], e.message, e.code);
  }
  return {
    form: WITHDRAW_FORM,
    done: WITHDRAW_FORM,
    params: { name: result.data.attachment.fileName },
  } satisfies CaseActionDone;
}

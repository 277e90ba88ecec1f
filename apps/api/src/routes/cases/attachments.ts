import {
  AttachmentParam,
  AttachmentUploadForm,
  CaseAttachmentList,
  IdParam,
  WithdrawAttachmentInput,
} from '@tongdai/contracts';
import { attachmentDisposition } from '@tongdai/core';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../context.js';
import { attachmentUploadLimit } from '../../lib/attachment-upload.js';
import { validate } from '../../lib/validate.js';
import { describe, errorResponses, jsonContent, TAGS } from '../../openapi/describe.js';
import { withdrawAttachment } from '../../services/cases/attachment-withdrawal.js';
import { addAttachment, listAttachments, openAttachment } from '../../services/cases/attachments.js';
import { assertCaseHandlerOrAgency, assertCaseReader } from './access.js';

type Answer = ReturnType<typeof jsonContent> | { description: string };

const doc = (summary: string, errors: number[], ok: Record<number, Answer>) =>
  describe({
    tags: [TAGS.cases],
    summary,
    security: [{ session: [] }],
    responses: { ...ok, ...errorResponses(...errors) },
  });

/** /v1/cases/:id/attachments — files on a case: list, upload (multipart, one file), download, withdraw. */
export const caseAttachmentRoutes = new Hono<AppEnv>()
  .get(
    '/:id/attachments',
    doc('Tệp đính kèm của hồ sơ', [401, 403, 404], {
      200: jsonContent(CaseAttachmentList, 'Các tệp còn trên hồ sơ (tệp đã gỡ không có), cũ nhất trước'),
    }),
    validate('param', IdParam),
    async (c) => {
      const auth = assertCaseReader(c);
      return c.json({ attachments: await listAttachments(c, auth, c.req.valid('param').id) });
    },
  )
  .post(
    '/:id/attachments',
    doc('Đính kèm một tệp (tối đa 10 MB, 10 tệp mỗi hồ sơ)', [400, 401, 403, 404, 409, 413, 415], {
      201: { description: 'Đã đính kèm; tiến trình hồ sơ có sự kiện attachment_added' },
    }),
    // Who may upload is settled before up to 10 MB of body is read.
    createMiddleware<AppEnv>(async (c, next) => {
      assertCaseHandlerOrAgency(c);
      await next();
    }),
    attachmentUploadLimit,
    validate('param', IdParam),
    validate('form', AttachmentUploadForm),
    async (c) => {
      const auth = assertCaseHandlerOrAgency(c);
      const { id } = c.req.valid('param');
      return c.json(await addAttachment(c, auth, id, c.req.valid('form').file), 201);
    },
  )
  .get(
    '/:id/attachments/:attachmentId',
    doc('Tải tệp đính kèm (ghi nhật ký truy cập)', [401, 403, 404, 410], {
      200: { description: 'Nội dung tệp, Content-Type theo loại đã nhận diện khi tải lên' },
    }),
    validate('param', AttachmentParam),
    async (c) => {
      assertCaseReader(c);
      const { id, attachmentId } = c.req.valid('param');
      const { row, body } = await openAttachment(c, id, attachmentId);
      return c.body(body, 200, {
        'content-type': row.contentType,
        'content-length': String(row.sizeBytes),
        'content-disposition': attachmentDisposition(row.fileName),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        // Opened directly rather than saved, the file still runs no script and loads nothing.
        'content-security-policy': "default-src 'none'; sandbox",
      });
    },
  )
  .post(
    '/:id/attachments/:attachmentId/withdraw',
    doc(
      'Gỡ tệp đính kèm tải nhầm: người tải lên trong 24 giờ, hoặc giám sát viên bất cứ lúc nào',
      [400, 401, 403, 404, 409],
      {
        200: {
          description:
            'Đã gỡ: tệp bị xóa khỏi máy chủ, hồ sơ giữ lại tên, dung lượng, mã SHA-256, người gỡ, thời điểm và lý do; tiến trình có sự kiện attachment_withdrawn',
        },
      },
    ),
    validate('param', AttachmentParam),
    validate('json', WithdrawAttachmentInput),
    async (c) => {
      const auth = assertCaseReader(c);
      const { id, attachmentId } = c.req.valid('param');
      return c.json(
        await withdrawAttachment(c, auth, { caseId: id, attachmentId, reason: c.req.valid('json').reason }),
      );
    },
  );

import type { TopicInput } from '@tongdai/contracts';
import { TOPIC_TEMPLATE } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { withConstraintMessages } from '../../lib/db-errors.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

// On create/update a foreign-key failure is a bad reference; on delete it means the topic is in use.
const writeMessages = {
  duplicate: 'Mã chủ đề đã tồn tại.',
  missingReference: 'Cơ quan hoặc mức xử lý không thuộc tỉnh này.',
};
const deleteMessages = {
  inUse: 'Chủ đề đang được dùng (hồ sơ, hỏi đáp hoặc nhánh tổng đài) nên không xóa được.',
};

export const listTopics = (c: Context<AppEnv>) => inTenant(c, (tx, t) => queries.listTopicSettings(tx, t));

export function createTopic(c: Context<AppEnv>, input: TopicInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const id = await queries.insertTopic(tx, tenantId, input);
        await audit(c, tx, tenantId, {
          action: 'settings.topic_created',
          targetType: 'topic',
          targetId: id,
          details: input,
        });
        return id;
      }),
    writeMessages,
  );
}

export function updateTopic(c: Context<AppEnv>, id: string, input: TopicInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        if (!(await queries.updateTopic(tx, tenantId, id, input)))
          throw notFound('Không tìm thấy chủ đề này.');
        await audit(c, tx, tenantId, {
          action: 'settings.topic_updated',
          targetType: 'topic',
          targetId: id,
          details: input,
        });
      }),
    writeMessages,
  );
}

export function deleteTopic(c: Context<AppEnv>, id: string) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        if (!(await queries.deleteTopic(tx, tenantId, id))) throw notFound('Không tìm thấy chủ đề này.');
        await audit(c, tx, tenantId, { action: 'settings.topic_deleted', targetType: 'topic', targetId: id });
      }),
    deleteMessages,
  );
}

export function reorderTopics(c: Context<AppEnv>, ids: string[]) {
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.reorderTopics(tx, tenantId, ids))) {
      throw new ApiError(
        'BAD_REQUEST',
        'Danh sách sắp xếp phải gồm đúng tất cả chủ đề của tỉnh, mỗi chủ đề một lần.',
      );
    }
    await audit(c, tx, tenantId, { action: 'settings.topics_reordered', details: { ids } });
  });
}

/** Starts an empty taxonomy from the default template (Thanh Hóa's ten topics). */
export function topicsFromTemplate(c: Context<AppEnv>) {
  return inTenant(c, async (tx, tenantId) => {
    if ((await queries.listTopicSettings(tx, tenantId)).length > 0) {
      throw new ApiError('CONFLICT', 'Tỉnh đã có danh mục chủ đề; hãy sửa trực tiếp thay vì dùng mẫu.');
    }
    for (const t of TOPIC_TEMPLATE) await queries.insertTopic(tx, tenantId, { code: t.code, name: t.name });
    await audit(c, tx, tenantId, {
      action: 'settings.topics_from_template',
      details: { count: TOPIC_TEMPLATE.length },
    });
    return TOPIC_TEMPLATE.length;
  });
}

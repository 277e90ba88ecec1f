import type { SlaClassInput } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { withConstraintMessages } from '../../lib/db-errors.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

const messages = {
  duplicate: 'Mã mức xử lý đã tồn tại.',
  inUse: 'Mức xử lý đang được gán cho chủ đề nên không xóa được.',
};

export const listSlaClasses = (c: Context<AppEnv>) => inTenant(c, (tx, t) => queries.listSlaClasses(tx, t));

export function createSlaClass(c: Context<AppEnv>, input: SlaClassInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const id = await queries.insertSlaClass(tx, tenantId, input);
        await audit(c, tx, tenantId, {
          action: 'settings.sla_created',
          targetType: 'sla_class',
          targetId: id,
          details: input,
        });
        return id;
      }),
    messages,
  );
}

export function updateSlaClass(c: Context<AppEnv>, id: string, input: SlaClassInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        if (!(await queries.updateSlaClass(tx, tenantId, id, input)))
          throw notFound('Không tìm thấy mức xử lý này.');
        await audit(c, tx, tenantId, {
          action: 'settings.sla_updated',
          targetType: 'sla_class',
          targetId: id,
          details: input,
        });
      }),
    messages,
  );
}

export function deleteSlaClass(c: Context<AppEnv>, id: string) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        if (!(await queries.deleteSlaClass(tx, tenantId, id)))
          throw notFound('Không tìm thấy mức xử lý này.');
        await audit(c, tx, tenantId, {
          action: 'settings.sla_deleted',
          targetType: 'sla_class',
          targetId: id,
        });
      }),
    messages,
  );
}

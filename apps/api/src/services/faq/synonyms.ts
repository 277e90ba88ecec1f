import type { FaqSynonymInput } from '@tongdai/contracts';
import { checkSynonym } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { withConstraintMessages } from '../../lib/db-errors.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { forgetSearchSetup } from './search-setup.js';

const DUPLICATE = 'Từ này đã có trong danh sách đồng nghĩa: hãy sửa dòng đã có.';

function checked(input: FaqSynonymInput): FaqSynonymInput {
  const problems = checkSynonym(input.term, input.equivalents);
  if (problems.length > 0) {
    throw new ApiError(
      'VALIDATION_FAILED',
      'Dữ liệu gửi lên không hợp lệ.',
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
  }
  return { term: input.term.normalize('NFC'), equivalents: input.equivalents.map((e) => e.normalize('NFC')) };
}

export const listSynonyms = (c: Context<AppEnv>) => inTenant(c, (tx, t) => queries.listFaqSynonyms(tx, t));

export function createSynonym(c: Context<AppEnv>, input: FaqSynonymInput) {
  const values = checked(input);
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const row = await queries.insertFaqSynonym(tx, tenantId, values);
        forgetSearchSetup(tenantId);
        await audit(c, tx, tenantId, {
          action: 'faq.synonym_created',
          targetType: 'faq_synonym',
          targetId: row.id,
          details: values,
        });
        return row;
      }),
    { duplicate: DUPLICATE },
  );
}

export function updateSynonym(c: Context<AppEnv>, id: string, input: FaqSynonymInput) {
  const values = checked(input);
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const row = await queries.updateFaqSynonym(tx, tenantId, id, values);
        forgetSearchSetup(tenantId);
        if (!row) throw notFound('Không tìm thấy dòng đồng nghĩa này.');
        await audit(c, tx, tenantId, {
          action: 'faq.synonym_updated',
          targetType: 'faq_synonym',
          targetId: id,
          details: values,
        });
        return row;
      }),
    { duplicate: DUPLICATE },
  );
}

export function deleteSynonym(c: Context<AppEnv>, id: string) {
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.deleteFaqSynonym(tx, tenantId, id)))
      throw notFound('Không tìm thấy dòng đồng nghĩa này.');
    forgetSearchSetup(tenantId);
    await audit(c, tx, tenantId, { action: 'faq.synonym_deleted', targetType: 'faq_synonym', targetId: id });
  });
}

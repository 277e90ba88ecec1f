import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { faqSynonyms } from '../schema/faq.js';

export function listFaqSynonyms(tx: Tx, tenantId: string) {
  return tx
    .select({ id: faqSynonyms.id, term: faqSynonyms.term, equivalents: faqSynonyms.equivalents })
    .from(faqSynonyms)
    .where(eq(faqSynonyms.tenantId, tenantId))
    .orderBy(asc(faqSynonyms.term));
}

export async function insertFaqSynonym(
  tx: Tx,
  tenantId: string,
  values: { term: string; equivalents: string[] },
) {
  const [row] = await tx
    .insert(faqSynonyms)
    .values({ tenantId, ...values })
    .returning({ id: faqSynonyms.id, term: faqSynonyms.term, equivalents: faqSynonyms.equivalents });
  return row!;
}

export async function updateFaqSynonym(
  tx: Tx,
  tenantId: string,
  id: string,
  values: { term: string; equivalents: string[] },
) {
  const [row] = await tx
    .update(faqSynonyms)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(faqSynonyms.tenantId, tenantId), eq(faqSynonyms.id, id)))
    .returning({ id: faqSynonyms.id, term: faqSynonyms.term, equivalents: faqSynonyms.equivalents });
  return row;
}

export async function deleteFaqSynonym(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(faqSynonyms)
    .where(and(eq(faqSynonyms.tenantId, tenantId), eq(faqSynonyms.id, id)))
    .returning({ id: faqSynonyms.id });
  return rows.length > 0;
}

import { and, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { faqEntries } from '../schema/faq.js';

export async function findFaqForAnswer(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: faqEntries.id, question: faqEntries.question, state: faqEntries.state })
    .from(faqEntries)
    .where(and(eq(faqEntries.tenantId, tenantId), eq(faqEntries.id, id)))
    .limit(1);
  return row;
}

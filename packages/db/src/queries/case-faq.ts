import { and, eq, sql } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';
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

/**
 * Counts an operator's use of an FAQ entry when the FAQ schema has a `usageCount` column (the
 * knowledge-base module owns that table); false when it has none, so nothing is counted.
 */
export async function incrementFaqUsage(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const column = (faqEntries as unknown as Record<string, unknown>).usageCount;
  if (!(column instanceof PgColumn)) return false;
  await tx.execute(
    sql`update ${faqEntries} set ${sql.identifier(column.name)} = ${column} + 1
        where ${faqEntries.tenantId} = ${tenantId} and ${faqEntries.id} = ${id}`,
  );
  return true;
}

import type { FaqEntryOutput } from '@tongdai/contracts';

/** A published entry as the portal receives it. */
export const publicEntry = (
  row: Omit<FaqEntryOutput, 'updatedAt'> & { updatedAt: Date },
): FaqEntryOutput => ({
  ...row,
  updatedAt: row.updatedAt.toISOString(),
});

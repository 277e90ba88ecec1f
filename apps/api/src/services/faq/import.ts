import type { ExportQuery, ImportCommitOutput, ImportReport } from '@tongdai/contracts';
import {
  diffFaq,
  faqExportTable,
  FaqImportFileError,
  foldText,
  planFaqImport,
  type FaqImportPlan,
  type FaqImportRow,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { downloadHeaders, readSpreadsheet, writeCsv, writeXlsx } from '../../lib/spreadsheet.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { faqValues, snapshotOf } from './entries.js';
import { todayIn } from './today.js';

type References = Awaited<ReturnType<typeof queries.listFaqReferences>>;

async function planFor(tx: Tx, tenantId: string, table: string[][]) {
  const [refs, existing] = await Promise.all([
    queries.listFaqReferences(tx, tenantId),
    queries.listFaqQuestions(tx, tenantId),
  ]);
  try {
    const plan = planFaqImport(table, {
      existingIds: new Set(existing.map((e) => e.id)),
      idByQuestion: new Map(existing.map((e) => [foldText(e.question), e.id])),
      topics: refs.topics,
      agencies: refs.agencies,
    });
    return { plan, refs };
  } catch (e) {
    if (e instanceof FaqImportFileError) throw new ApiError('BAD_REQUEST', e.message);
    throw e;
  }
}

const report = (p: FaqImportPlan): ImportReport => ({
  rows: p.rows.map(({ line, values, errors, action }) => ({
    line,
    values: values as Record<string, string>,
    errors,
    action,
  })),
  summary: p.summary,
});

/** What the file would do; nothing is written. */
export async function previewFaqImport(c: Context<AppEnv>): Promise<ImportReport> {
  const table = await readSpreadsheet(c);
  return inTenant(c, async (tx, tenantId) => report((await planFor(tx, tenantId, table)).plan));
}

/** A row's values for the entry: what the file has no column for keeps the entry's current value. */
function inputOf(row: FaqImportRow, before: queries.FaqFull | undefined) {
  return {
    question: row.question,
    answer: row.answer,
    topicId: row.topicId === undefined ? (before?.topicId ?? null) : row.topicId,
    keywords: row.keywords ?? before?.keywords ?? [],
    sourceAgencyId: row.sourceAgencyId === undefined ? (before?.sourceAgencyId ?? null) : row.sourceAgencyId,
    state: row.state ?? before?.state ?? 'draft',
    validUntil: row.validUntil === undefined ? (before?.validUntil ?? null) : row.validUntil,
  };
}

async function writeRows(
  c: Context<AppEnv>,
  tx: Tx,
  tenantId: string,
  plan: FaqImportPlan,
  refs: References,
) {
  const auth = c.get('auth');
  const who = { actorUserId: auth?.userId ?? null, actorName: auth?.name ?? null };
  const rows = plan.rows.flatMap((r) => (r.item ? [r.item] : []));
  const creates = rows.filter((r) => !r.id).map((r) => faqValues(inputOf(r, undefined), refs));
  const ids = await queries.insertFaqEntries(
    tx,
    tenantId,
    creates.map((r) => r.values),
    who.actorUserId,
  );
  const revisions: queries.FaqRevisionValues[] = ids.map((faqId, i) => ({
    faqId,
    revision: 1,
    action: 'import',
    changes: diffFaq(null, creates[i]!.snapshot),
    ...who,
  }));
  const updates = rows.filter((r) => r.id);
  const current = new Map(
    (
      await queries.findFaqEntries(
        tx,
        tenantId,
        updates.map((r) => r.id!),
      )
    ).map((e) => [e.id, e]),
  );
  let updated = 0;
  for (const row of updates) {
    const before = current.get(row.id!);
    if (!before) continue;
    const { values, snapshot } = faqValues(inputOf(row, before), refs);
    const changes = diffFaq(snapshotOf(before), snapshot);
    if (changes.length === 0) continue;
    const revision = await queries.updateFaqEntry(
      tx,
      tenantId,
      before.id,
      values,
      before.revision,
      who.actorUserId,
    );
    revisions.push({ faqId: before.id, revision: revision!, action: 'import', changes, ...who });
    updated += 1;
  }
  await queries.insertFaqRevisions(tx, tenantId, revisions);
  return { created: ids.length, updated };
}

/** Writes the valid rows (creates, and updates that change something) in one transaction; audits once. */
export async function commitFaqImport(c: Context<AppEnv>): Promise<ImportCommitOutput> {
  const table = await readSpreadsheet(c);
  return inTenant(c, async (tx, tenantId) => {
    const { plan, refs } = await planFor(tx, tenantId, table);
    const written = await writeRows(c, tx, tenantId, plan, refs);
    await audit(c, tx, tenantId, {
      action: 'faq.imported',
      targetType: 'faq',
      details: { ...plan.summary, ...written },
    });
    return { ...report(plan), written: written.created + written.updated };
  });
}

/** Every entry as a file with the import's columns, named hoi-dap-<slug>-<yyyy-mm-dd>.<ext>. */
export async function exportFaq(c: Context<AppEnv>, format: ExportQuery['format']) {
  const entries = await inTenant(c, (tx, tenantId) => queries.listFaqForExport(tx, tenantId));
  const tenant = c.get('tenant');
  const filename = `hoi-dap-${tenant.slug}-${todayIn(c)}.${format}`;
  const widths = [38, 60, 80, 30, 30, 30, 12, 14, 12];
  const body =
    format === 'xlsx'
      ? await writeXlsx(faqExportTable(entries, { escapeFormulas: false }), 'Hỏi đáp', widths)
      : writeCsv(faqExportTable(entries));
  return { body, headers: downloadHeaders(filename, format) };
}

import {
  AgencyInput,
  type AgencyExportQuery,
  type AgencyImportCommitOutput,
  type AgencyImportReport,
} from '@tongdai/contracts';
import {
  agencyExportTable,
  AgencyImportFileError,
  planAgencyImport,
  toLocalMoment,
  type AgencyRow,
  type ImportPlan,
  type RowError,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../context.js';
import { withConstraintMessages } from '../lib/db-errors.js';
import { ApiError } from '../lib/errors.js';
import { downloadHeaders, readSpreadsheet, writeCsv, writeXlsx } from '../lib/spreadsheet.js';
import { inTenant } from '../lib/tenant-db.js';
import { DUPLICATE_CODE } from './agency-directory.js';
import { audit } from './audit.js';

export { MAX_IMPORT_BYTES, XLSX_TYPE } from '../lib/spreadsheet.js';

/** The API's input schema, run on rows core found valid, so an import writes nothing the form would refuse. */
function schemaErrors(row: AgencyRow): RowError[] {
  const result = v.safeParse(AgencyInput, {
    code: row.code,
    name: row.name,
    kind: row.kind,
    ...(row.contactEmail ? { contactEmail: row.contactEmail } : {}),
    hotlines: (row.phones ?? []).map((phone) => ({ phone })),
  });
  if (result.success) return [];
  return result.issues.map((issue) => {
    const [key, index] = (issue.path ?? []).map((p) => String(p.key));
    const column =
      key === 'contactEmail'
        ? 'email'
        : key === 'hotlines' && index
          ? `phone${Number(index) + 1}`
          : (key ?? null);
    return { column: column as RowError['column'], message: issue.message };
  });
}

function plan(table: string[][], existing: readonly queries.DirectoryAgency[]): ImportPlan {
  try {
    return planAgencyImport(table, new Set(existing.map((a) => a.code)), schemaErrors);
  } catch (e) {
    if (e instanceof AgencyImportFileError) throw new ApiError('BAD_REQUEST', e.message);
    throw e;
  }
}

const report = (p: ImportPlan): AgencyImportReport => ({
  // Only the file's columns have keys, each with its cell's text.
  rows: p.rows.map(({ line, values, errors, action }) => ({
    line,
    values: values as Record<string, string>,
    errors,
    action,
  })),
  summary: p.summary,
});

/** What the file would do; nothing is written. */
export async function previewImport(c: Context<AppEnv>): Promise<AgencyImportReport> {
  const table = await readSpreadsheet(c);
  const existing = await inTenant(c, (tx, tenantId) => queries.listDirectoryAgencies(tx, tenantId));
  return report(plan(table, existing));
}

/** Numbers already on file keep their schedule and active flag; new ones are 24/7. */
function mergeHotlines(current: queries.DirectoryHotline[], phones: string[]) {
  const old = new Map(current.map((h) => [h.phone, h]));
  return phones.map((phone) => ({
    phone,
    active: old.get(phone)?.active ?? true,
    schedule: old.get(phone)?.schedule ?? { kind: '24/7' as const },
  }));
}

/** Writes one valid row: an update keeps what the file has no column for (parent, active, schedules). */
async function writeRow(
  tx: Tx,
  tenantId: string,
  row: AgencyRow,
  current: queries.DirectoryAgency | undefined,
) {
  const values = {
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: current?.parentId ?? null,
    contactEmail: row.contactEmail === undefined ? (current?.contactEmail ?? null) : row.contactEmail,
    transferEnabled: row.transferEnabled ?? current?.transferEnabled ?? true,
    active: current?.active ?? true,
  };
  const id = current ? current.id : await queries.insertDirectoryAgency(tx, tenantId, values);
  if (current) await queries.updateDirectoryAgency(tx, tenantId, id, values);
  if (row.phones)
    await queries.replaceAgencyHotlines(tx, tenantId, id, mergeHotlines(current?.hotlines ?? [], row.phones));
}

/** Writes the valid rows (creates and updates) in one transaction, skips the others, audits once. */
export async function commitImport(c: Context<AppEnv>): Promise<AgencyImportCommitOutput> {
  const table = await readSpreadsheet(c);
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const existing = await queries.listDirectoryAgencies(tx, tenantId);
        const planned = plan(table, existing);
        const byCode = new Map(existing.map((a) => [a.code, a]));
        const written = { created: [] as string[], updated: [] as string[] };
        for (const { agency: row } of planned.rows) {
          if (!row) continue;
          await writeRow(tx, tenantId, row, byCode.get(row.code));
          (byCode.has(row.code) ? written.updated : written.created).push(row.code);
        }
        const count = written.created.length + written.updated.length;
        await audit(c, tx, tenantId, {
          action: 'agency.import',
          targetType: 'agency',
          details: { ...planned.summary, written: count, ...written },
        });
        return { ...report(planned), written: count };
      }),
    { duplicate: DUPLICATE_CODE },
  );
}

/** The directory as a file with the import's columns, named co-quan-<slug>-<yyyy-mm-dd>.<ext>. */
export async function exportDirectory(c: Context<AppEnv>, format: AgencyExportQuery['format']) {
  const agencies = await inTenant(c, (tx, tenantId) => queries.listDirectoryAgencies(tx, tenantId));
  const tenant = c.get('tenant');
  const day = toLocalMoment(c.get('deps').now(), tenant.timeZone).date;
  const filename = `co-quan-${tenant.slug}-${day}.${format}`;
  const body =
    format === 'xlsx'
      ? await writeXlsx(agencyExportTable(agencies, { escapeFormulas: false }), 'Cơ quan', [18, 48, 18, 30])
      : writeCsv(agencyExportTable(agencies));
  return { body, headers: downloadHeaders(filename, format) };
}

import * as v from 'valibot';
import { AgencyKind } from './directory.js';
import { Schedule } from './settings.js';

/** One agency as the settings screens see it: everything the form edits, numbers in both forms. */
export const AgencySettingsOutput = v.object({
  id: v.string(),
  code: v.string(),
  name: v.string(),
  kind: AgencyKind,
  parentId: v.nullable(v.string()),
  parentName: v.nullable(v.string()),
  contactEmail: v.nullable(v.string()),
  active: v.boolean(),
  transferEnabled: v.boolean(),
  position: v.number(),
  hotlines: v.array(
    v.object({
      phone: v.string(),
      display: v.string(),
      position: v.number(),
      active: v.boolean(),
      schedule: Schedule,
    }),
  ),
});
export type AgencySettingsOutput = v.InferOutput<typeof AgencySettingsOutput>;

export const AgencyExportQuery = v.object({
  format: v.optional(v.picklist(['csv', 'xlsx'], 'Định dạng xuất là csv hoặc xlsx.'), 'csv'),
});
export type AgencyExportQuery = v.InferOutput<typeof AgencyExportQuery>;

export const AgencyImportAction = v.picklist(['create', 'update', 'skip']);

/** What an import file would do (preview) or did (commit), row by row; `line` is the file's row number. */
export const AgencyImportReport = v.object({
  rows: v.array(
    v.object({
      line: v.number(),
      values: v.record(v.string(), v.string()),
      errors: v.array(v.object({ column: v.nullable(v.string()), message: v.string() })),
      action: AgencyImportAction,
    }),
  ),
  summary: v.object({
    total: v.number(),
    valid: v.number(),
    invalid: v.number(),
    creates: v.number(),
    updates: v.number(),
  }),
});
export type AgencyImportReport = v.InferOutput<typeof AgencyImportReport>;

export const AgencyImportCommitOutput = v.object({ ...AgencyImportReport.entries, written: v.number() });
export type AgencyImportCommitOutput = v.InferOutput<typeof AgencyImportCommitOutput>;

import * as v from 'valibot';
import { AgencyKind } from './directory.js';
import { Schedule } from './settings.js';
import { ExportQuery, ImportAction, ImportCommitOutput, ImportReport } from './table-import.js';

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

export const AgencyExportQuery = ExportQuery;
export type AgencyExportQuery = ExportQuery;

export const AgencyImportAction = ImportAction;

/** What an import file would do (preview) or did (commit), row by row; `line` is the file's row number. */
export const AgencyImportReport = ImportReport;
export type AgencyImportReport = ImportReport;

export const AgencyImportCommitOutput = ImportCommitOutput;
export type AgencyImportCommitOutput = ImportCommitOutput;

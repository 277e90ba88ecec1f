import * as v from 'valibot';

export const ImportAction = v.picklist(['create', 'update', 'skip']);

/**
 * What a spreadsheet import would do (preview) or did (commit), row by row; `line` is the file's row
 * number, `values` the row's cells by column, `errors` every problem found in it.
 */
export const ImportReport = v.object({
  rows: v.array(
    v.object({
      line: v.number(),
      values: v.record(v.string(), v.string()),
      errors: v.array(v.object({ column: v.nullable(v.string()), message: v.string() })),
      action: ImportAction,
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
export type ImportReport = v.InferOutput<typeof ImportReport>;

export const ImportCommitOutput = v.object({ ...ImportReport.entries, written: v.number() });
export type ImportCommitOutput = v.InferOutput<typeof ImportCommitOutput>;

export const ExportQuery = v.object({
  format: v.optional(v.picklist(['csv', 'xlsx'], 'Định dạng xuất là csv hoặc xlsx.'), 'csv'),
});
export type ExportQuery = v.InferOutput<typeof ExportQuery>;

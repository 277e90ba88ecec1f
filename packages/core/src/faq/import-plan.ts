import {
  ImportFileError,
  planTableImport,
  type ImportRowError,
  type ImportRowValues,
  type ImportSummary,
  type PlannedImportRow,
} from '../table-import/plan.js';
import { isUuid } from '../ids.js';
import { foldText } from '../table-import/text.js';
import {
  FAQ_COLUMN_LABELS,
  FAQ_REQUIRED_COLUMNS,
  mapFaqHeaderRow,
  parseFaqState,
  type FaqImportColumn,
  type FaqState,
} from './import-columns.js';

export const MAX_FAQ_IMPORT_ROWS = 2000;
export const FAQ_LIMITS = { question: 500, answer: 20_000, keyword: 60, keywords: 20 } as const;

/**
 * A checked row. `id` is the entry it updates (its Mã, or an entry with the same question), null
 * for a new one; `undefined` fields had no column (or a blank state): an update keeps them.
 */
export interface FaqImportRow {
  id: string | null;
  question: string;
  answer: string;
  topicId?: string | null;
  keywords?: string[];
  sourceAgencyId?: string | null;
  state?: FaqState;
  validUntil?: string | null;
}

export type FaqRowError = ImportRowError<FaqImportColumn>;
export type FaqPlannedRow = PlannedImportRow<FaqImportColumn, FaqImportRow>;

/** What the province already has, to resolve names and codes and to tell creates from updates. */
export interface FaqImportContext {
  existingIds: ReadonlySet<string>;
  /** Folded question → id of the entry that has it. */
  idByQuestion: ReadonlyMap<string, string>;
  topics: readonly { id: string; code: string; name: string }[];
  agencies: readonly { id: string; code: string; name: string }[];
}

/** dd/mm/yyyy (also with - or .) or yyyy-mm-dd → yyyy-mm-dd when the day exists, else null. */
export function parseImportDate(text: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const iso = date.toISOString().slice(0, 10);
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? iso : null;
}

/** Keywords separated by ";", "," or line breaks; blanks and repeats (ignoring accents) dropped. */
export function splitKeywords(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[;,\n]/)
    .map((k) => k.trim().replace(/\s+/g, ' '))
    .filter((k) => {
      const key = foldText(k);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function lookup(items: FaqImportContext['topics'], raw: string) {
  const folded = foldText(raw);
  return items.find((i) => i.code.toLowerCase() === raw.toLowerCase() || foldText(i.name) === folded);
}

function checkText(column: 'question' | 'answer', raw: string, errors: FaqRowError[]) {
  const label = FAQ_COLUMN_LABELS[column].toLowerCase();
  if (raw === '') errors.push({ column, message: `Thiếu ${label}.` });
  else if (raw.length > FAQ_LIMITS[column])
    errors.push({ column, message: `${FAQ_COLUMN_LABELS[column]} tối đa ${FAQ_LIMITS[column]} ký tự.` });
}

function readKeywords(raw: string, errors: FaqRowError[]) {
  const keywords = splitKeywords(raw);
  if (keywords.length > FAQ_LIMITS.keywords)
    errors.push({ column: 'keywords', message: `Tối đa ${FAQ_LIMITS.keywords} từ khóa.` });
  const long = keywords.find((k) => k.length > FAQ_LIMITS.keyword);
  if (long)
    errors.push({ column: 'keywords', message: `Từ khóa "${long}" dài quá ${FAQ_LIMITS.keyword} ký tự.` });
  return keywords;
}

function readId(raw: string, question: string, ctx: FaqImportContext, errors: FaqRowError[]) {
  if (raw === '') return ctx.idByQuestion.get(foldText(question)) ?? null;
  const id = raw.toLowerCase();
  if (!isUuid(id) || !ctx.existingIds.has(id)) {
    errors.push({ column: 'id', message: `Không có câu hỏi mã "${raw}" (để trống cột Mã để thêm mới).` });
  }
  return id;
}

/** Checks one row against the province's topics and agencies; every problem is listed. */
export function validateFaqRow(values: ImportRowValues<FaqImportColumn>, ctx: FaqImportContext) {
  const errors: FaqRowError[] = [];
  const question = (values.question ?? '').replace(/\s+/g, ' ').normalize('NFC');
  const answer = (values.answer ?? '').normalize('NFC');
  checkText('question', question, errors);
  checkText('answer', answer, errors);
  const row: FaqImportRow = { id: readId(values.id ?? '', question, ctx, errors), question, answer };
  if (values.topic !== undefined) {
    const topic = values.topic === '' ? null : lookup(ctx.topics, values.topic);
    if (topic === undefined)
      errors.push({
        column: 'topic',
        message: `Lĩnh vực "${values.topic}" không có: ghi mã (${ctx.topics.map((t) => t.code).join(', ')}) hoặc tên lĩnh vực.`,
      });
    row.topicId = topic?.id ?? null;
  }
  if (values.keywords !== undefined) row.keywords = readKeywords(values.keywords.normalize('NFC'), errors);
  if (values.sourceAgency !== undefined) {
    const agency = values.sourceAgency === '' ? null : lookup(ctx.agencies, values.sourceAgency);
    if (agency === undefined)
      errors.push({
        column: 'sourceAgency',
        message: `Không có cơ quan "${values.sourceAgency}" trong danh bạ: ghi mã hoặc tên cơ quan.`,
      });
    row.sourceAgencyId = agency?.id ?? null;
  }
  if (values.state !== undefined && values.state !== '') {
    const state = parseFaqState(values.state);
    if (!state)
      errors.push({
        column: 'state',
        message: `Trạng thái "${values.state}" không hợp lệ: Nháp, Nội bộ hoặc Công khai.`,
      });
    else row.state = state;
  }
  if (values.validUntil !== undefined) {
    const date = values.validUntil === '' ? null : parseImportDate(values.validUntil);
    if (date === null && values.validUntil !== '')
      errors.push({
        column: 'validUntil',
        message: `Ngày "${values.validUntil}" không hợp lệ (dd/mm/yyyy).`,
      });
    row.validUntil = date;
  }
  return { row: errors.length === 0 ? row : null, errors };
}

/** The FAQ file could not be read as a whole. */
export class FaqImportFileError extends ImportFileError {}

export interface FaqImportPlan {
  rows: FaqPlannedRow[];
  summary: ImportSummary;
}

const labels = (columns: readonly FaqImportColumn[]) => columns.map((c) => FAQ_COLUMN_LABELS[c]).join(', ');

/** Reads an FAQ file already split into cells and says what each row would do. Writes nothing. */
export function planFaqImport(
  table: readonly (readonly string[])[],
  ctx: FaqImportContext,
  check: (row: FaqImportRow) => FaqRowError[] = () => [],
): FaqImportPlan {
  try {
    return planTableImport(table, {
      mapHeaderRow: mapFaqHeaderRow,
      required: FAQ_REQUIRED_COLUMNS,
      maxRows: MAX_FAQ_IMPORT_ROWS,
      messages: {
        noHeader: (missing) =>
          `Không tìm thấy dòng tiêu đề: thiếu cột ${labels(missing)}. Dòng tiêu đề cần có các cột ` +
          'Câu hỏi, Trả lời (tùy chọn: Mã, Lĩnh vực, Từ khóa, Cơ quan nguồn, Trạng thái, Hiệu lực đến).',
        duplicateColumns: (columns) => `Cột ${labels(columns)} xuất hiện hơn một lần trong dòng tiêu đề.`,
        noRows: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
        tooManyRows: (count, max) => `Tệp có ${count} dòng; mỗi lần nhập tối đa ${max} dòng.`,
      },
      validate: (values) => validateFaqRow(values, ctx),
      // Rows updating the same entry (by Mã or by its question) or adding the same question clash.
      identity: (values) => {
        const question = foldText(values.question ?? '');
        const id = (values.id ?? '').toLowerCase() || ctx.idByQuestion.get(question);
        return id ? `entry:${id}` : question ? `new:${question}` : null;
      },
      duplicateRow: (key, line) =>
        key.startsWith('entry:')
          ? { column: null, message: `Câu hỏi này đã được cập nhật ở dòng ${line}.` }
          : { column: 'question', message: `Câu hỏi này trùng với dòng ${line}.` },
      check,
      actionOf: (row) => (row.id ? 'update' : 'create'),
    });
  } catch (e) {
    if (e instanceof ImportFileError && !(e instanceof FaqImportFileError))
      throw new FaqImportFileError(e.message);
    throw e;
  }
}

import { mapHeaderCells, type TableHeaderMap } from '../table-import/plan.js';
import { foldText } from '../table-import/text.js';

/** The columns of the FAQ file, in export order. `id` blank = a new entry. */
export const FAQ_IMPORT_COLUMNS = [
  'id',
  'question',
  'answer',
  'topic',
  'keywords',
  'sourceAgency',
  'state',
  'validUntil',
] as const;
export type FaqImportColumn = (typeof FAQ_IMPORT_COLUMNS)[number];
export const FAQ_REQUIRED_COLUMNS: readonly FaqImportColumn[] = ['question', 'answer'];

/** Vietnamese headers as written in exports and templates. */
export const FAQ_COLUMN_LABELS: Record<FaqImportColumn, string> = {
  id: 'Mã',
  question: 'Câu hỏi',
  answer: 'Trả lời',
  topic: 'Lĩnh vực',
  keywords: 'Từ khóa',
  sourceAgency: 'Cơ quan nguồn',
  state: 'Trạng thái',
  validUntil: 'Hiệu lực đến',
};

// Folded header → column; English names too.
const ALIASES: Record<FaqImportColumn, readonly string[]> = {
  id: ['ma', 'ma cau hoi', 'id'],
  question: ['cau hoi', 'noi dung cau hoi', 'hoi', 'question'],
  answer: ['tra loi', 'cau tra loi', 'noi dung tra loi', 'giai dap', 'answer'],
  topic: ['linh vuc', 'chu de', 'ma linh vuc', 'topic'],
  keywords: ['tu khoa', 'keywords', 'keyword'],
  sourceAgency: ['co quan nguon', 'co quan tra loi', 'co quan', 'nguon', 'source agency', 'agency'],
  state: ['trang thai', 'state', 'status'],
  validUntil: ['hieu luc den', 'co hieu luc den', 'het hieu luc', 'han hieu luc', 'valid until'],
};
const BY_ALIAS = new Map<string, FaqImportColumn>(
  (Object.entries(ALIASES) as [FaqImportColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);

export const matchFaqHeader = (header: string): FaqImportColumn | null =>
  BY_ALIAS.get(foldText(header)) ?? null;

export function mapFaqHeaderRow(cells: readonly string[]): TableHeaderMap<FaqImportColumn> {
  return mapHeaderCells(cells, matchFaqHeader, FAQ_REQUIRED_COLUMNS);
}

export const FAQ_STATES = ['draft', 'internal', 'public'] as const;
export type FaqState = (typeof FAQ_STATES)[number];

export const FAQ_STATE_LABELS: Record<FaqState, string> = {
  draft: 'Nháp',
  internal: 'Nội bộ',
  public: 'Công khai',
};
const STATE_ALIASES: Record<FaqState, readonly string[]> = {
  draft: ['nhap', 'ban nhap', 'draft'],
  internal: ['noi bo', 'tong dai vien', 'internal'],
  public: ['cong khai', 'cong bo', 'da cong bo', 'public', 'published'],
};
const STATE_BY_LABEL = new Map<string, FaqState>(
  FAQ_STATES.flatMap((s) => STATE_ALIASES[s].map((label) => [label, s] as const)),
);

/** "Công khai", "nội bộ", "draft" … → the state; null when not recognised. */
export const parseFaqState = (label: string): FaqState | null => STATE_BY_LABEL.get(foldText(label)) ?? null;

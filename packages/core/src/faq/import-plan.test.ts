import { describe, expect, it } from 'vitest';
import { faqExportTable } from './export-rows.js';
import {
  FaqImportFileError,
  parseImportDate,
  planFaqImport,
  splitKeywords,
  type FaqImportContext,
} from './import-plan.js';

const existing = '2f1c6a4e-8d3b-4b8a-9f7e-1a2b3c4d5e6f';
const ctx: FaqImportContext = {
  existingIds: new Set([existing]),
  idByQuestion: new Map([['f0 dieu tri tai nha', existing]]),
  topics: [
    { id: 'topic-3', code: 'T03', name: 'Tư vấn, hỗ trợ y tế' },
    { id: 'topic-4', code: 'T04', name: 'Chính sách an sinh xã hội' },
  ],
  agencies: [{ id: 'agency-syt', code: 'SYT', name: 'Sở Y tế' }],
};
const header = [
  'Mã',
  'Câu hỏi',
  'Trả lời',
  'Lĩnh vực',
  'Từ khóa',
  'Cơ quan nguồn',
  'Trạng thái',
  'Hiệu lực đến',
];

describe('planFaqImport', () => {
  it('checks every row and says what it would do, listing all problems of a bad row', () => {
    const plan = planFaqImport(
      [
        header,
        [
          '',
          'Xét nghiệm tự nguyện ở đâu?',
          'Tại **bệnh viện**.',
          'T03',
          'xét nghiệm; test, xét nghiệm',
          'SYT',
          'Công khai',
          '31/12/2027',
        ],
        [
          existing,
          'F0 điều trị tại nhà',
          'Liên hệ trạm y tế.',
          'chính sách an sinh xã hội',
          '',
          'Sở Y tế',
          '',
          '',
        ],
        ['', 'F0 điều trị tại nhà', 'Trùng câu hỏi đã có → cập nhật.', '', '', '', 'nội bộ', ''],
        ['abc', '', 'x', 'T99', '', 'Sở Ngoại giao', 'đã xóa', '31/02/2027'],
      ],
      ctx,
    );
    expect(plan.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'create'],
      [3, 'update'],
      [4, 'skip'],
      [5, 'skip'],
    ]);
    expect(plan.rows[0]!.item).toEqual({
      id: null,
      question: 'Xét nghiệm tự nguyện ở đâu?',
      answer: 'Tại **bệnh viện**.',
      topicId: 'topic-3',
      keywords: ['xét nghiệm', 'test'],
      sourceAgencyId: 'agency-syt',
      state: 'public',
      validUntil: '2027-12-31',
    });
    expect(plan.rows[1]!.item).toMatchObject({
      id: existing,
      topicId: 'topic-4',
      keywords: [],
      validUntil: null,
    });
    expect(plan.rows[1]!.item!.state).toBeUndefined();
    expect(plan.rows[2]!.errors).toEqual([
      { column: null, message: 'Câu hỏi này đã được cập nhật ở dòng 3.' },
    ]);
    expect(plan.rows[3]!.errors.map((e) => e.column)).toEqual([
      'question',
      'id',
      'topic',
      'sourceAgency',
      'state',
      'validUntil',
    ]);
    expect(plan.summary).toEqual({ total: 4, valid: 2, invalid: 2, creates: 1, updates: 1 });
  });

  it('flags a new question repeated in the file', () => {
    const plan = planFaqImport(
      [
        ['Câu hỏi', 'Trả lời'],
        ['Hỏi A?', 'x'],
        ['hoi a', 'y'],
      ],
      ctx,
    );
    expect(plan.rows[1]!.errors).toEqual([{ column: 'question', message: 'Câu hỏi này trùng với dòng 2.' }]);
  });

  it('matches a blank Mã to an existing entry with the same question (ignoring accents)', () => {
    const plan = planFaqImport(
      [
        ['Câu hỏi', 'Trả lời'],
        ['F0 ĐIỀU TRỊ TẠI NHÀ', 'Mới.'],
      ],
      ctx,
    );
    expect(plan.rows[0]).toMatchObject({ action: 'update', item: { id: existing } });
  });

  it('refuses a file without the required columns or without rows', () => {
    expect(() =>
      planFaqImport(
        [
          ['Mã', 'Câu hỏi'],
          ['', 'x'],
        ],
        ctx,
      ),
    ).toThrow(FaqImportFileError);
    expect(() =>
      planFaqImport(
        [
          ['Mã', 'Câu hỏi'],
          ['', 'x'],
        ],
        ctx,
      ),
    ).toThrow(/thiếu cột Trả lời/);
    expect(() =>
      planFaqImport(
        [
          ['Câu hỏi', 'Trả lời'],
          ['', ''],
        ],
        ctx,
      ),
    ).toThrow(/không có dòng dữ liệu/);
  });

  it('re-imports its own export unchanged', () => {
    const table = faqExportTable(
      [
        {
          id: existing,
          question: 'F0 điều trị tại nhà',
          answer: '=1+1 là công thức',
          topicName: 'Tư vấn, hỗ trợ y tế',
          keywords: ['f0', 'spo2'],
          sourceAgencyName: 'Sở Y tế',
          state: 'internal',
          validUntil: '2027-06-30',
          usageCount: 12,
        },
      ],
      { escapeFormulas: true },
    );
    expect(table.rows[0]).toEqual([
      existing,
      'F0 điều trị tại nhà',
      "'=1+1 là công thức",
      'Tư vấn, hỗ trợ y tế',
      'f0; spo2',
      'Sở Y tế',
      'Nội bộ',
      '30/06/2027',
      '12',
    ]);
    const plan = planFaqImport([table.header, ...table.rows], ctx);
    expect(plan.rows[0]!.item).toEqual({
      id: existing,
      question: 'F0 điều trị tại nhà',
      answer: '=1+1 là công thức',
      topicId: 'topic-3',
      keywords: ['f0', 'spo2'],
      sourceAgencyId: 'agency-syt',
      state: 'internal',
      validUntil: '2027-06-30',
    });
  });
});

describe('parseImportDate / splitKeywords', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, refusing days that do not exist', () => {
    expect(parseImportDate('1/2/2027')).toBe('2027-02-01');
    expect(parseImportDate('2027-02-28')).toBe('2027-02-28');
    expect(parseImportDate('29.02.2028')).toBe('2028-02-29');
    expect(parseImportDate('29/02/2027')).toBeNull();
    expect(parseImportDate('hôm nay')).toBeNull();
  });

  it('splits on ; , and new lines, dropping blanks and accent-insensitive repeats', () => {
    expect(splitKeywords('Xét nghiệm; xet nghiem,\nF0 ; ;')).toEqual(['Xét nghiệm', 'F0']);
  });
});

import { describe, expect, it } from 'vitest';
import { AgencyImportFileError, planAgencyImport } from './plan.js';

const header = [
  'Mã',
  'Tên cơ quan',
  'Loại',
  'Email',
  'Số điện thoại 1',
  'Số điện thoại 2',
  'Chuyển cuộc gọi',
];

describe('planAgencyImport', () => {
  it('says what each row would do and counts them', () => {
    const plan = planAgencyImport(
      [
        header,
        ['SGTVT', 'Sở Giao thông Vận tải', 'Sở/ngành', '', '0913.680.916', '', 'có'],
        ['TTYT-HTB', 'TTYT Hàm Thuận Bắc', 'Trung tâm y tế', '', '0916.248.283', '0945.951.138', ''],
        ['BAD', '', 'Bệnh viện', '', '0913.680.91', '', ''],
      ],
      new Set(['SGTVT']),
    );
    expect(plan.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'update'],
      [3, 'create'],
      [4, 'skip'],
    ]);
    expect(plan.rows[2]?.errors.map((e) => e.column)).toEqual(['name', 'phone1']);
    expect(plan.rows[1]?.agency?.phones).toEqual(['+84916248283', '+84945951138']);
    expect(plan.summary).toEqual({ total: 3, valid: 2, invalid: 1, creates: 1, updates: 1 });
  });

  it('flags a code repeated in the file on the later rows only', () => {
    const plan = planAgencyImport(
      [
        header,
        ['SCT', 'Sở Công thương', 'Sở', '', '', '', ''],
        ['sct', 'Sở Công Thương', 'Sở', '', '', '', ''],
      ],
      new Set(),
    );
    expect(plan.rows[0]?.errors).toEqual([]);
    expect(plan.rows[1]?.errors).toEqual([{ column: 'code', message: 'Mã SCT trùng với dòng 2.' }]);
    expect(plan.rows[1]?.action).toBe('skip');
  });

  it('finds the header below a title, skips blank rows and keeps file line numbers', () => {
    const plan = planAgencyImport(
      [
        ['DANH SÁCH Số hotline đã kết nối Tổng Đài 1022 Bình Thuận'],
        [],
        ['STT', 'Mã', 'Tên đơn vị/Cơ sở y tế', 'Loại', 'Số điện thoại'],
        ['1', 'SGTVT', 'Sở Giao thông Vận tải', 'Sở/ngành', '0913.680.916'],
        ['', '', '', '', ''],
        ['2', 'SCT', 'Sở Công thương', 'Sở/ngành', '0913.175.279'],
      ],
      new Set(),
    );
    expect(plan.rows.map((r) => r.line)).toEqual([4, 6]);
    expect(plan.rows[0]?.values).toEqual({
      code: 'SGTVT',
      name: 'Sở Giao thông Vận tải',
      kind: 'Sở/ngành',
      phone1: '0913.680.916',
    });
  });

  it('lets the caller add its own checks to rows that passed', () => {
    const plan = planAgencyImport([header, ['X1', 'Tên', 'Khác', '', '', '', '']], new Set(), () => [
      { column: 'name', message: 'no' },
    ]);
    expect(plan.rows[0]?.action).toBe('skip');
    expect(plan.summary.invalid).toBe(1);
  });

  it('refuses a file without the required columns, or without data', () => {
    expect(() =>
      planAgencyImport(
        [
          ['Tên', 'Số điện thoại'],
          ['A', '1022'],
        ],
        new Set(),
      ),
    ).toThrow(/thiếu cột Mã, Loại/);
    expect(() => planAgencyImport([header], new Set())).toThrow(AgencyImportFileError);
    expect(() => planAgencyImport([], new Set())).toThrow(AgencyImportFileError);
    expect(() =>
      planAgencyImport(
        [
          ['Mã', 'Code', 'Tên', 'Loại'],
          ['A', 'A', 'B', 'Khác'],
        ],
        new Set(),
      ),
    ).toThrow(/Mã xuất hiện hơn một lần/);
  });

  it('refuses a file with too many rows', () => {
    const rows = Array.from({ length: 2001 }, (_, i) => [`A${i}`, 'Tên', 'Khác', '', '', '', '']);
    expect(() => planAgencyImport([header, ...rows], new Set())).toThrow(/tối đa 2000/);
  });
});

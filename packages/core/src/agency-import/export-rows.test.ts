import { describe, expect, it } from 'vitest';
import { agencyExportTable } from './export-rows.js';
import { planAgencyImport } from './plan.js';

const directory = [
  {
    code: 'TTYT-TL',
    name: 'TTYT huyện Tánh Linh',
    kind: 'health_centre' as const,
    contactEmail: 'ttyt@tanhlinh.example',
    transferEnabled: true,
    hotlines: [{ phone: '+84968731919' }, { phone: '+84975394115' }],
  },
  {
    code: 'SYT',
    name: '=Sở Y tế',
    kind: 'department' as const,
    contactEmail: null,
    transferEnabled: false,
    hotlines: [],
  },
];

describe('agencyExportTable', () => {
  it('writes the import’s headers, display numbers and labels', () => {
    const { header, rows } = agencyExportTable(directory);
    expect(header).toEqual([
      'Mã',
      'Tên cơ quan',
      'Loại',
      'Email',
      'Số điện thoại 1',
      'Số điện thoại 2',
      'Số điện thoại 3',
      'Chuyển cuộc gọi',
    ]);
    expect(rows[0]).toEqual([
      'TTYT-TL',
      'TTYT huyện Tánh Linh',
      'Trung tâm y tế',
      'ttyt@tanhlinh.example',
      '0968 731 919',
      '0975 394 115',
      '',
      'có',
    ]);
    expect(rows[1]?.[1]).toBe("'=Sở Y tế");
    expect(rows[1]?.at(-1)).toBe('không');
  });

  it('leaves cells as they are for XLSX, where text is never a formula', () => {
    expect(agencyExportTable(directory, { escapeFormulas: false }).rows[1]?.[1]).toBe('=Sở Y tế');
  });

  it('adds phone columns when an agency has more than three numbers', () => {
    const many = [
      {
        ...directory[1]!,
        hotlines: ['0913680916', '0913175279', '0972905939', '1022'].map((phone) => ({ phone })),
      },
    ];
    expect(agencyExportTable(many).header).toContain('Số điện thoại 4');
  });

  it('re-imports cleanly: no errors, every row an update, the same values', () => {
    const { header, rows } = agencyExportTable(directory);
    const plan = planAgencyImport([header, ...rows], new Set(['TTYT-TL', 'SYT']));
    expect(plan.summary).toMatchObject({ invalid: 0, updates: 2 });
    expect(plan.rows[0]?.agency).toEqual({
      code: 'TTYT-TL',
      name: 'TTYT huyện Tánh Linh',
      kind: 'health_centre',
      contactEmail: 'ttyt@tanhlinh.example',
      transferEnabled: true,
      phones: ['+84968731919', '+84975394115'],
    });
    expect(plan.rows[1]?.agency).toMatchObject({ name: '=Sở Y tế', transferEnabled: false, phones: [] });
  });
});

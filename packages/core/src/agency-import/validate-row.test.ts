import { describe, expect, it } from 'vitest';
import { validateAgencyRow } from './validate-row.js';

const base = { code: 'sgtvt', name: 'Sở Giao thông Vận tải', kind: 'Sở/ngành' };

describe('validateAgencyRow', () => {
  it('normalises a row written as in the seed letter', () => {
    const { row, errors } = validateAgencyRow({
      ...base,
      email: 'VanPhong@SGTVT.gov.vn',
      phone1: '0913.680.916',
      phone2: '',
      phone3: '0945 951 138',
      transferEnabled: 'có',
    });
    expect(errors).toEqual([]);
    expect(row).toEqual({
      code: 'SGTVT',
      name: 'Sở Giao thông Vận tải',
      kind: 'department',
      contactEmail: 'vanphong@sgtvt.gov.vn',
      transferEnabled: true,
      phones: ['+84913680916', '+84945951138'],
    });
  });

  it('leaves out what the file has no column for, so an update keeps it', () => {
    const { row } = validateAgencyRow(base);
    expect(row).toEqual({ code: 'SGTVT', name: 'Sở Giao thông Vận tải', kind: 'department' });
  });

  it('clears the e-mail and keeps the default transfer when the cells are blank', () => {
    const { row } = validateAgencyRow({ ...base, email: '', transferEnabled: '', phone1: '' });
    expect(row).toMatchObject({ contactEmail: null, transferEnabled: true, phones: [] });
  });

  it('reads không as transfer disabled (Health and CDC in Bình Thuận)', () => {
    expect(validateAgencyRow({ ...base, transferEnabled: 'không' }).row?.transferEnabled).toBe(false);
  });

  it('lists every problem of the row with its column', () => {
    const { row, errors } = validateAgencyRow({
      code: 'Sở GT',
      name: '',
      kind: 'Công ty',
      email: 'not-an-email',
      phone1: '0913.680.91',
      phone2: '0913680916',
      phone3: '0913 680 916',
      transferEnabled: 'có lẽ',
    });
    expect(row).toBeNull();
    expect(errors.map((e) => e.column)).toEqual([
      'code',
      'name',
      'kind',
      'email',
      'transferEnabled',
      'phone1',
      'phone3',
    ]);
    expect(errors.find((e) => e.column === 'phone1')?.message).toContain('0913.680.91');
    expect(errors.find((e) => e.column === 'phone3')?.message).toContain('Số điện thoại 2');
  });

  it('requires code, name and kind', () => {
    const { errors } = validateAgencyRow({});
    expect(errors.map((e) => e.column)).toEqual(['code', 'name', 'kind']);
  });

  it('accepts a number a spreadsheet stored without its leading zero, and short codes', () => {
    expect(validateAgencyRow({ ...base, phone1: '913680916', phone2: '1022' }).row?.phones).toEqual([
      '+84913680916',
      '1022',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { columnLabel, mapHeaderRow, matchHeader } from './columns.js';

describe('matchHeader', () => {
  it('reads the Vietnamese headers whatever their case, accents and spacing', () => {
    expect(matchHeader('Mã')).toBe('code');
    expect(matchHeader('MA')).toBe('code');
    expect(matchHeader(' tên cơ quan ')).toBe('name');
    expect(matchHeader('TÊN CƠ QUAN')).toBe('name');
    expect(matchHeader('Ten co quan')).toBe('name');
    expect(matchHeader('Loại')).toBe('kind');
    expect(matchHeader('E-mail')).toBe('email');
    expect(matchHeader('Chuyển cuộc gọi')).toBe('transferEnabled');
    expect(matchHeader('Chuyển cuộc gọi (có/không)')).toBe('transferEnabled');
  });

  it('reads English headers and the seed letter’s own heading', () => {
    expect(matchHeader('Code')).toBe('code');
    expect(matchHeader('Name')).toBe('name');
    expect(matchHeader('kind')).toBe('kind');
    expect(matchHeader('Tên đơn vị/Cơ sở y tế')).toBe('name');
  });

  it('numbers the phone columns, a bare "Số điện thoại" being the first', () => {
    expect(matchHeader('Số điện thoại 1')).toBe('phone1');
    expect(matchHeader('số điện thoại 2')).toBe('phone2');
    expect(matchHeader('SĐT 3')).toBe('phone3');
    expect(matchHeader('Phone 2')).toBe('phone2');
    expect(matchHeader('Số điện thoại')).toBe('phone1');
    expect(matchHeader('Số điện thoại 10')).toBe('phone10');
    expect(matchHeader('Số điện thoại 11')).toBeNull();
    expect(matchHeader('Số điện thoại 0')).toBeNull();
  });

  it('ignores columns it does not read', () => {
    expect(matchHeader('STT')).toBeNull();
    expect(matchHeader('Ghi chú')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });

  it('labels columns the way the export writes them', () => {
    expect(columnLabel('phone2')).toBe('Số điện thoại 2');
    expect(columnLabel('kind')).toBe('Loại');
  });
});

describe('mapHeaderRow', () => {
  it('maps each cell and reports the required columns that are missing', () => {
    const map = mapHeaderRow(['STT', 'Tên cơ quan', 'Số điện thoại 1']);
    expect(map.columns).toEqual([null, 'name', 'phone1']);
    expect(map.missing).toEqual(['code', 'kind']);
    expect(map.duplicates).toEqual([]);
  });

  it('reports a column named twice', () => {
    expect(mapHeaderRow(['Mã', 'Code', 'Tên', 'Loại']).duplicates).toEqual(['code']);
  });
});

import { describe, expect, it } from 'vitest';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, parseAgencyKind, parseYesNo } from './values.js';

describe('parseAgencyKind', () => {
  it('maps the Vietnamese labels provincial tables use', () => {
    expect(parseAgencyKind('Sở/ngành')).toBe('department');
    expect(parseAgencyKind('Sở, ngành')).toBe('department');
    expect(parseAgencyKind('UBND huyện')).toBe('district');
    expect(parseAgencyKind('ubnd thị xã')).toBe('district');
    expect(parseAgencyKind('UBND xã')).toBe('commune');
    expect(parseAgencyKind('UBND phường')).toBe('commune');
    expect(parseAgencyKind('Trung tâm y tế')).toBe('health_centre');
    expect(parseAgencyKind('TTYT')).toBe('health_centre');
    expect(parseAgencyKind('Bệnh viện')).toBe('hospital');
    expect(parseAgencyKind('Khác')).toBe('other');
  });

  it('accepts the enum values themselves', () => {
    for (const kind of AGENCY_KINDS) expect(parseAgencyKind(kind)).toBe(kind);
    expect(parseAgencyKind('HEALTH_CENTRE')).toBe('health_centre');
  });

  it('reads back every label the export writes', () => {
    for (const kind of AGENCY_KINDS) expect(parseAgencyKind(AGENCY_KIND_LABELS[kind])).toBe(kind);
  });

  it('refuses what it does not know', () => {
    expect(parseAgencyKind('Công ty')).toBeNull();
    expect(parseAgencyKind('')).toBeNull();
  });
});

describe('parseYesNo', () => {
  it('reads có / không with or without accents, and English', () => {
    expect(parseYesNo('có')).toBe(true);
    expect(parseYesNo('Có')).toBe(true);
    expect(parseYesNo('co')).toBe(true);
    expect(parseYesNo('không')).toBe(false);
    expect(parseYesNo('KHÔNG')).toBe(false);
    expect(parseYesNo('ko')).toBe(false);
    expect(parseYesNo('yes')).toBe(true);
    expect(parseYesNo('No')).toBe(false);
    expect(parseYesNo('TRUE')).toBe(true);
    expect(parseYesNo('0')).toBe(false);
  });

  it('treats blank as the default (có) and anything else as unreadable', () => {
    expect(parseYesNo('')).toBe(true);
    expect(parseYesNo('  ')).toBe(true);
    expect(parseYesNo('', false)).toBe(false);
    expect(parseYesNo('có lẽ')).toBeNull();
  });
});

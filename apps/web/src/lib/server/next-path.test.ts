import { describe, expect, it } from 'vitest';
import { safeNextPath, withNext } from './next-path.js';

describe('safeNextPath', () => {
  it('keeps same-host paths with their query', () => {
    expect(safeNextPath('/quan-tri/thanh-vien?status=pending')).toBe('/quan-tri/thanh-vien?status=pending');
    expect(safeNextPath('/')).toBe('/');
  });

  it('refuses other hosts and tricks that browsers read as other hosts', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      'quan-tri',
      '',
      null,
      42,
      `/${'a'.repeat(600)}`,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBeNull();
    }
  });

  it('refuses pages that would loop', () => {
    expect(safeNextPath('/dang-nhap?next=/x')).toBeNull();
    expect(safeNextPath('/dang-xuat')).toBeNull();
  });
});

describe('withNext', () => {
  it('adds next only when there is one', () => {
    expect(withNext('/dang-nhap', '/a?b=1')).toBe('/dang-nhap?next=%2Fa%3Fb%3D1');
    expect(withNext('/dang-nhap', null)).toBe('/dang-nhap');
  });
});

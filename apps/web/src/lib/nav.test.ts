import { permissionsOf, type Role } from '@tongdai/core';
import { describe, expect, it } from 'vitest';
import { staffNav } from './nav.js';

const hrefs = (role: Role) => staffNav(role, permissionsOf(role)).map((i) => i.href);

describe('staffNav', () => {
  it('shows each role only what it may do', () => {
    expect(hrefs('operator')).toEqual(['/tong-dai-vien', '/tong-dai-vien/phan-hoi']);
    expect(hrefs('supervisor')).toEqual([
      '/giam-sat',
      '/tong-dai-vien/phan-hoi',
      '/giam-sat/cong-van',
      '/giam-sat/gia-han',
      '/giam-sat/bao-cao',
      '/giam-sat/danh-gia',
      '/quan-tri/hoi-dap',
      '/quan-tri/thanh-vien',
    ]);
    expect(hrefs('agency_staff')).toEqual(['/co-quan-xu-ly', '/giam-sat/cong-van']);
    expect(hrefs('tenant_admin')).toEqual([
      '/giam-sat',
      '/giam-sat/cong-van',
      '/giam-sat/gia-han',
      '/giam-sat/bao-cao',
      '/giam-sat/danh-gia',
      '/quan-tri',
      '/quan-tri/cai-dat',
      '/quan-tri/open311',
      '/quan-tri/hoi-dap',
      '/quan-tri/thanh-vien',
      '/quan-tri/nhat-ky',
    ]);
    expect(hrefs('platform_admin')).toEqual(['/nen-tang', '/nen-tang/nhat-ky']);
    expect(hrefs('ministry_viewer')).toEqual(['/tong-hop']);
  });

  it('shows nothing without permissions (pending accounts)', () => {
    expect(staffNav('operator', [])).toEqual([]);
  });
});

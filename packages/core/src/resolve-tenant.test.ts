import { describe, expect, it } from 'vitest';
import { isValidSlug, resolveTenant, tenantOrigin } from './resolve-tenant.js';

describe('resolveTenant', () => {
  const base = 'localhost';

  it('maps a province subdomain to its slug, ignoring port and case', () => {
    expect(resolveTenant('thanhhoa.localhost:5173', base)).toEqual({ kind: 'tenant', slug: 'thanhhoa' });
    expect(resolveTenant('BinhThuan.LOCALHOST', base)).toEqual({ kind: 'tenant', slug: 'binhthuan' });
  });

  it('treats the bare base domain and www as the platform landing', () => {
    expect(resolveTenant('localhost:5173', base)).toEqual({ kind: 'platform' });
    expect(resolveTenant('www.localhost', base)).toEqual({ kind: 'platform' });
  });

  it('reserves national. for the ministry view', () => {
    expect(resolveTenant('national.localhost', base)).toEqual({ kind: 'national' });
  });

  it('rejects other domains, nested subdomains, reserved names and malformed slugs', () => {
    expect(resolveTenant('thanhhoa.example.org', base)).toEqual({ kind: 'unknown' });
    expect(resolveTenant('a.thanhhoa.localhost', base)).toEqual({ kind: 'unknown' });
    expect(resolveTenant('api.localhost', base)).toEqual({ kind: 'unknown' });
    expect(resolveTenant('_x.localhost', base)).toEqual({ kind: 'unknown' });
    expect(resolveTenant('', base)).toEqual({ kind: 'unknown' });
    expect(resolveTenant(undefined, base)).toEqual({ kind: 'unknown' });
    expect(resolveTenant('evillocalhost', base)).toEqual({ kind: 'unknown' });
  });

  it('works with a real base domain and a trailing dot', () => {
    expect(resolveTenant('haiduong.1022.gov.vn.', '1022.gov.vn')).toEqual({
      kind: 'tenant',
      slug: 'haiduong',
    });
    expect(resolveTenant('1022.gov.vn', '1022.gov.vn')).toEqual({ kind: 'platform' });
  });
});

describe('isValidSlug', () => {
  it('accepts lowercase ascii slugs and refuses reserved or odd ones', () => {
    expect(isValidSlug('hatinh')).toBe(true);
    expect(isValidSlug('ba-ria-vung-tau')).toBe(true);
    expect(isValidSlug('national')).toBe(false);
    expect(isValidSlug('h')).toBe(false);
    expect(isValidSlug('thanh-')).toBe(false);
    expect(isValidSlug('thanh hoa')).toBe(false);
    expect(isValidSlug('1abc')).toBe(false);
  });
});

describe('tenantOrigin', () => {
  it('builds a tenant URL with a dev port', () => {
    expect(tenantOrigin('thanhhoa', 'localhost', 5173)).toBe('http://thanhhoa.localhost:5173');
    expect(tenantOrigin('thanhhoa', '1022.gov.vn', 443, true)).toBe('https://thanhhoa.1022.gov.vn');
  });
});

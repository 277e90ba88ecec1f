import { describe, expect, it } from 'vitest';
import { platformUrl, tenantUrl } from './urls.js';

describe('platformUrl', () => {
  it('keeps protocol and port of the request', () => {
    expect(platformUrl(new URL('http://nowhere.localhost:5173/x'), 'localhost')).toBe(
      'http://localhost:5173/',
    );
    expect(platformUrl(new URL('https://thanhhoa.1022.vn/'), '1022.vn')).toBe('https://1022.vn/');
  });
});

describe('tenantUrl', () => {
  it('builds the subdomain origin with the request port', () => {
    expect(tenantUrl(new URL('http://localhost:5173/'), 'thanhhoa', 'localhost')).toBe(
      'http://thanhhoa.localhost:5173',
    );
    expect(tenantUrl(new URL('https://1022.vn/'), 'haiduong', '1022.vn')).toBe('https://haiduong.1022.vn');
  });
});

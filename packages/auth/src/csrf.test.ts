import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from './csrf.js';

const host = 'thanhhoa.localhost:5173';

describe('isCrossSiteRequest', () => {
  it('never blocks safe methods, whatever the headers say', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get'])
      expect(
        isCrossSiteRequest({ method, secFetchSite: 'cross-site', origin: 'https://evil.example', host }),
      ).toBe(false);
  });

  it('allows a same-origin POST with matching Origin', () => {
    expect(
      isCrossSiteRequest({
        method: 'POST',
        secFetchSite: 'same-origin',
        origin: 'http://thanhhoa.localhost:5173',
        host,
      }),
    ).toBe(false);
  });

  it('allows Sec-Fetch-Site: same-origin alone, and a matching Origin alone (older browsers)', () => {
    expect(isCrossSiteRequest({ method: 'POST', secFetchSite: 'same-origin', host })).toBe(false);
    expect(isCrossSiteRequest({ method: 'DELETE', origin: 'http://thanhhoa.localhost:5173', host })).toBe(
      false,
    );
  });

  it('allows a user-initiated request (Sec-Fetch-Site: none) when Origin matches', () => {
    expect(
      isCrossSiteRequest({
        method: 'POST',
        secFetchSite: 'none',
        origin: 'http://thanhhoa.localhost:5173',
        host,
      }),
    ).toBe(false);
  });

  it('refuses cross-site requests', () => {
    expect(
      isCrossSiteRequest({
        method: 'POST',
        secFetchSite: 'cross-site',
        origin: 'https://evil.example',
        host,
      }),
    ).toBe(true);
    expect(isCrossSiteRequest({ method: 'PUT', secFetchSite: 'cross-site', host })).toBe(true);
  });

  it('refuses a sibling province: thanhhoa.localhost posting to binhthuan.localhost is same-site', () => {
    expect(
      isCrossSiteRequest({
        method: 'POST',
        secFetchSite: 'same-site',
        origin: 'http://thanhhoa.localhost:5173',
        host: 'binhthuan.localhost:5173',
      }),
    ).toBe(true);
    expect(
      isCrossSiteRequest({ method: 'POST', secFetchSite: 'same-site', host: 'binhthuan.localhost:5173' }),
    ).toBe(true);
  });

  it('refuses when Origin names another host even if Sec-Fetch-Site is missing or claims same-origin', () => {
    expect(isCrossSiteRequest({ method: 'POST', origin: 'http://binhthuan.localhost:5173', host })).toBe(
      true,
    );
    expect(isCrossSiteRequest({ method: 'POST', origin: 'http://thanhhoa.localhost:8080', host })).toBe(true);
    expect(
      isCrossSiteRequest({
        method: 'PATCH',
        secFetchSite: 'same-origin',
        origin: 'https://evil.example',
        host,
      }),
    ).toBe(true);
  });

  it('refuses an opaque "null" Origin, and an Origin when the Host is unknown', () => {
    expect(isCrossSiteRequest({ method: 'POST', origin: 'null', host })).toBe(true);
    expect(isCrossSiteRequest({ method: 'POST', origin: 'http://thanhhoa.localhost:5173', host: null })).toBe(
      true,
    );
  });

  it('refuses when both headers are absent or empty', () => {
    expect(isCrossSiteRequest({ method: 'POST', host })).toBe(true);
    expect(isCrossSiteRequest({ method: 'POST', origin: '', secFetchSite: '', host })).toBe(true);
    expect(isCrossSiteRequest({ method: 'POST', origin: null, secFetchSite: null, host })).toBe(true);
  });

  it('refuses an unknown Sec-Fetch-Site value', () => {
    expect(isCrossSiteRequest({ method: 'POST', secFetchSite: 'sure-trust-me', host })).toBe(true);
  });

  it('compares hosts case-insensitively and ignores default ports in Origin', () => {
    expect(
      isCrossSiteRequest({
        method: 'POST',
        origin: 'https://ThanhHoa.1022.gov.vn',
        host: 'thanhhoa.1022.gov.vn',
      }),
    ).toBe(false);
    expect(
      isCrossSiteRequest({
        method: 'POST',
        origin: 'https://thanhhoa.1022.gov.vn:443',
        host: 'thanhhoa.1022.gov.vn',
      }),
    ).toBe(false);
  });
});

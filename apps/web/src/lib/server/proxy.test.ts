import { describe, expect, it } from 'vitest';
import { apiTargetUrl, forwardRequestHeaders, forwardResponseHeaders } from './proxy.js';

const ctx = { host: 'thanhhoa.localhost:5173', proto: 'http' as const, clientAddress: '127.0.0.1' };

describe('forwardRequestHeaders', () => {
  it('drops hop-by-hop headers and host, keeps end-to-end ones', () => {
    const incoming = new Headers({
      host: 'thanhhoa.localhost:5173',
      connection: 'keep-alive, x-secret-hop',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      upgrade: 'websocket',
      te: 'trailers',
      'proxy-authorization': 'Basic abc',
      'x-secret-hop': '1',
      accept: 'application/json',
      cookie: 'lang=en',
      'content-type': 'application/json',
    });
    const out = forwardRequestHeaders(incoming, ctx);
    for (const name of [
      'host',
      'connection',
      'keep-alive',
      'transfer-encoding',
      'upgrade',
      'te',
      'proxy-authorization',
      'x-secret-hop',
    ]) {
      expect(out.has(name), name).toBe(false);
    }
    expect(out.get('accept')).toBe('application/json');
    expect(out.get('cookie')).toBe('lang=en');
    expect(out.get('content-type')).toBe('application/json');
  });

  it('replaces forwarding headers sent by the client, so it cannot pick another tenant', () => {
    const incoming = new Headers({
      'x-forwarded-host': 'binhthuan.localhost',
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '10.0.0.1',
      forwarded: 'host=binhthuan.localhost',
    });
    const out = forwardRequestHeaders(incoming, ctx);
    expect(out.get('x-forwarded-host')).toBe('thanhhoa.localhost:5173');
    expect(out.get('x-forwarded-proto')).toBe('http');
    expect(out.get('x-forwarded-for')).toBe('127.0.0.1');
    expect(out.has('forwarded')).toBe(false);
  });

  it('drops a client X-Forwarded-For when the address is unknown', () => {
    const out = forwardRequestHeaders(new Headers({ 'x-forwarded-for': '10.0.0.1' }), {
      host: 'a',
      proto: 'https',
    });
    expect(out.has('x-forwarded-for')).toBe(false);
  });
});

describe('forwardResponseHeaders', () => {
  it('drops hop-by-hop and encoding headers, keeps cookies one by one', () => {
    const incoming = new Headers([
      ['content-type', 'application/json'],
      ['content-encoding', 'gzip'],
      ['content-length', '123'],
      ['transfer-encoding', 'chunked'],
      ['connection', 'close'],
      ['x-request-id', 'abcdefgh1234'],
      ['set-cookie', 'a=1; Path=/'],
      ['set-cookie', 'b=2; Path=/'],
    ]);
    const out = forwardResponseHeaders(incoming);
    expect(out.get('content-type')).toBe('application/json');
    expect(out.get('x-request-id')).toBe('abcdefgh1234');
    expect(out.has('content-encoding')).toBe(false);
    expect(out.has('content-length')).toBe(false);
    expect(out.has('transfer-encoding')).toBe(false);
    expect(out.has('connection')).toBe(false);
    expect(out.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });
});

describe('apiTargetUrl', () => {
  it('strips the /api prefix and keeps the query', () => {
    expect(apiTargetUrl('http://127.0.0.1:8787', new URL('http://x.localhost/api/v1/faq?limit=3'))).toBe(
      'http://127.0.0.1:8787/v1/faq?limit=3',
    );
    expect(apiTargetUrl('http://api:8787/', new URL('http://x.localhost/api/v1/tenant'))).toBe(
      'http://api:8787/v1/tenant',
    );
  });

  it('forwards Open311 on its own path, unchanged', () => {
    expect(
      apiTargetUrl('http://api:8787', new URL('http://x.localhost/open311/v2/requests.xml?status=open')),
    ).toBe('http://api:8787/open311/v2/requests.xml?status=open');
    expect(apiTargetUrl('http://api', new URL('http://x.localhost/open311'))).toBeNull();
  });

  it('ignores paths outside /api/', () => {
    expect(apiTargetUrl('http://api', new URL('http://x.localhost/apiary'))).toBeNull();
    expect(apiTargetUrl('http://api', new URL('http://x.localhost/api'))).toBeNull();
    expect(apiTargetUrl('http://api', new URL('http://x.localhost/co-quan'))).toBeNull();
  });
});

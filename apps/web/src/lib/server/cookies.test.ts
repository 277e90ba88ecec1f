import { describe, expect, it, vi } from 'vitest';
import { parseSetCookie, relaySetCookies, withCookie } from './cookies.js';

describe('parseSetCookie', () => {
  it('reads the session cookie the API sets on localhost', () => {
    const parsed = parseSetCookie('tongdai_session=abc.def; Max-Age=1800; Path=/; HttpOnly; SameSite=Lax');
    expect(parsed).toEqual({
      name: 'tongdai_session',
      value: 'abc.def',
      options: { path: '/', maxAge: 1800, httpOnly: true, secure: false, sameSite: 'lax' },
    });
  });

  it('keeps Secure and Expires, and reads a deletion', () => {
    const parsed = parseSetCookie(
      'tongdai_session=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure',
    );
    expect(parsed?.value).toBe('');
    expect(parsed?.options).toMatchObject({ maxAge: 0, secure: true, httpOnly: false });
    expect(parsed?.options.expires?.getTime()).toBe(0);
  });

  it('drops Domain so the cookie stays host-only, and ignores junk attributes', () => {
    const parsed = parseSetCookie('a="1"; Domain=.localhost; SameSite=Weird; Path=relative; Max-Age=x');
    expect(parsed).toEqual({ name: 'a', value: '1', options: { path: '/', httpOnly: false, secure: false } });
  });

  it('refuses headers without a valid name', () => {
    expect(parseSetCookie('=1')).toBeNull();
    expect(parseSetCookie('novalue')).toBeNull();
    expect(parseSetCookie('bad name=1')).toBeNull();
  });
});

describe('relaySetCookies', () => {
  it('sets every cookie of the response, values unencoded', () => {
    const set = vi.fn();
    const headers = new Headers([
      ['set-cookie', 'tongdai_session=x.y; Path=/; HttpOnly; SameSite=Lax'],
      ['set-cookie', 'other=1; Path=/a'],
    ]);
    relaySetCookies({ set }, headers);
    expect(set).toHaveBeenCalledTimes(2);
    const [name, value, options] = set.mock.calls[0]!;
    expect([name, value]).toEqual(['tongdai_session', 'x.y']);
    expect(options).toMatchObject({ path: '/', httpOnly: true, secure: false, sameSite: 'lax' });
    expect(options.encode('a%b')).toBe('a%b');
    expect(set.mock.calls[1]?.[2]).toMatchObject({ path: '/a' });
  });
});

describe('withCookie', () => {
  it('replaces, adds or removes one cookie and keeps the others', () => {
    expect(withCookie('lang=en; tongdai_session=old', 'tongdai_session', 'new')).toBe(
      'lang=en; tongdai_session=new',
    );
    expect(withCookie(null, 'tongdai_session', 'new')).toBe('tongdai_session=new');
    expect(withCookie('lang=en; tongdai_session=old', 'tongdai_session', '')).toBe('lang=en');
    expect(withCookie('tongdai_session_x=1', 'tongdai_session', undefined)).toBe('tongdai_session_x=1');
  });
});

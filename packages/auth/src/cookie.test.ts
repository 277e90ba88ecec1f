import { describe, expect, it } from 'vitest';
import { isSecureHost, SESSION_COOKIE, sessionCookieOptions } from './cookie.js';

describe('sessionCookieOptions', () => {
  it('is HttpOnly, Lax, path / and carries the given Secure flag and Max-Age', () => {
    expect(sessionCookieOptions({ secure: true, maxAgeSeconds: 43_200 })).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: 43_200,
    });
    expect(sessionCookieOptions({ secure: false, maxAgeSeconds: 60 }).secure).toBe(false);
  });

  it('never sets a domain, so the cookie stays on one province host', () => {
    expect(sessionCookieOptions({ secure: true, maxAgeSeconds: 60 })).not.toHaveProperty('domain');
  });

  it('rounds Max-Age down and never makes it negative', () => {
    expect(sessionCookieOptions({ secure: true, maxAgeSeconds: 59.9 }).maxAge).toBe(59);
    expect(sessionCookieOptions({ secure: true, maxAgeSeconds: -5 }).maxAge).toBe(0);
  });

  it('uses a fixed cookie name', () => {
    expect(SESSION_COOKIE).toBe('tongdai_session');
  });
});

describe('isSecureHost', () => {
  it('is false for loopback development hosts, with or without port', () => {
    for (const host of [
      'localhost',
      'localhost:5173',
      'LOCALHOST',
      'thanhhoa.localhost',
      'thanhhoa.localhost:5173',
      '127.0.0.1',
      '127.0.0.1:3000',
      '[::1]',
      '[::1]:5173',
    ]) {
      expect(isSecureHost(host), host).toBe(false);
    }
  });

  it('is true for everything else, including look-alikes', () => {
    for (const host of [
      'thanhhoa.1022.gov.vn',
      '1022.gov.vn:443',
      'evillocalhost',
      'localhost.evil.com',
      '127.0.0.1.nip.io',
      '10.0.0.5:3000',
      '[::2]',
      '',
    ]) {
      expect(isSecureHost(host), host).toBe(true);
    }
  });
});

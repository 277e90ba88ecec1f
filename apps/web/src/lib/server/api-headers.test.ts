import { describe, expect, it } from 'vitest';
import { apiRequestHeaders, type ActingFor } from './api-headers.js';

const ctx: ActingFor = {
  host: 'binhthuan.localhost:5173',
  proto: 'http',
  origin: 'http://binhthuan.localhost:5173',
  requestId: 'req-12345678',
  clientAddress: '203.0.113.7',
  cookie: 'tongdai_session=a.b',
};

describe('apiRequestHeaders', () => {
  it('acts for the browser on reads, without mutation proofs', () => {
    expect(apiRequestHeaders('GET', ctx)).toEqual({
      'x-forwarded-host': 'binhthuan.localhost:5173',
      'x-forwarded-proto': 'http',
      'x-request-id': 'req-12345678',
      'x-forwarded-for': '203.0.113.7',
      cookie: 'tongdai_session=a.b',
    });
  });

  it('adds origin and sec-fetch-site on mutations', () => {
    for (const method of ['POST', 'patch', 'DELETE']) {
      expect(apiRequestHeaders(method, ctx)).toMatchObject({
        origin: 'http://binhthuan.localhost:5173',
        'sec-fetch-site': 'same-origin',
      });
    }
  });

  it('leaves out an unknown address and an empty cookie', () => {
    const headers = apiRequestHeaders('GET', { ...ctx, clientAddress: undefined, cookie: '' });
    expect(headers).not.toHaveProperty('x-forwarded-for');
    expect(headers).not.toHaveProperty('cookie');
  });
});

import { describe, expect, it } from 'vitest';
import { findEmails } from './emails.js';

const found = (text: string) => findEmails(text).map((s) => text.slice(s.start, s.end));

describe('findEmails', () => {
  it.each([
    'lan.nguyen@gmail.com',
    'Tran_Van-Kim+1022@haiduong.gov.vn',
    'trinhtt@stttt.binhthuan.gov.vn',
    'LAN@YAHOO.COM',
    'lan @ gmail.com',
    'lan(at)gmail.com',
    'lan [at] gmail.com',
    'lan (a còng) gmail.com',
  ])('finds %s', (email) => {
    expect(found(`Liên hệ ${email}.`)).toEqual([email]);
  });

  it('finds several and stops at the punctuation after each', () => {
    expect(found('a@b.vn, c.d@e.com.vn; (f@g.org)')).toEqual(['a@b.vn', 'c.d@e.com.vn', 'f@g.org']);
  });

  it('leaves text without an address alone', () => {
    expect(found('gửi @tongdai1022 trên mạng, 10@20 người, email công vụ')).toEqual([]);
  });
});

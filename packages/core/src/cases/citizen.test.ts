import { describe, expect, it } from 'vitest';
import { hasPersonalData, maskCitizen, maskEmail, maskName, relayContactRefusal } from './citizen.js';

const citizen = {
  name: 'Nguyễn Văn An',
  phone: '+84913680916',
  email: 'an.nguyen@gmail.com',
  address: '12 Lê Lợi, phường Điện Biên',
  commune: 'Phường Điện Biên',
};

describe('masking a citizen', () => {
  it('keeps initials, the ends of the phone and the e-mail domain', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N. V. A.');
    expect(maskName('  đỗ   thị  ')).toBe('Đ. T.');
    expect(maskEmail('an.nguyen@gmail.com')).toBe('a***@gmail.com');
    expect(maskEmail('broken')).toBe('***');
    expect(maskCitizen(citizen)).toEqual({
      name: 'N. V. A.',
      phone: '0913 *** 916',
      email: 'a***@gmail.com',
      address: '***',
      commune: 'Phường Điện Biên',
    });
  });

  it('leaves nothing of the full details in the masked text', () => {
    const masked = JSON.stringify(maskCitizen(citizen));
    for (const secret of ['Nguyễn', '680', 'an.nguyen', 'Lê Lợi']) expect(masked).not.toContain(secret);
  });

  it('knows when a case holds personal data', () => {
    expect(hasPersonalData(citizen)).toBe(true);
    expect(hasPersonalData({ name: null, phone: null, email: null, address: null, commune: 'X' })).toBe(
      false,
    );
  });
});

describe('relayContactRefusal', () => {
  const none = { name: null, phone: null, email: null, address: null, commune: null };
  it('needs a phone to call back and an address to e-mail', () => {
    expect(relayContactRefusal('hotline', none)).toMatch(/số điện thoại/);
    expect(relayContactRefusal('email', none)).toMatch(/e-mail/);
    expect(relayContactRefusal('hotline', citizen)).toBeNull();
    expect(relayContactRefusal('zalo', none)).toBeNull();
  });
});

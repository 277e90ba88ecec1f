import { describe, expect, it } from 'vitest';
import { groupByFour, secretFromUri, totpSetupView } from './totp-setup.js';

const URI =
  'otpauth://totp/T%E1%BB%95ng%20%C4%91%C3%A0i%201022:admin%40demo.vn?issuer=T%E1%BB%95ng%20%C4%91%C3%A0i%201022&secret=ORXW4Z3EMFUS2MJQGIZC2ZDFNVXS2MTG&algorithm=SHA1&digits=6&period=30';

describe('secretFromUri', () => {
  it('reads the base32 secret of a TOTP URI', () => {
    expect(secretFromUri(URI)).toBe('ORXW4Z3EMFUS2MJQGIZC2ZDFNVXS2MTG');
  });

  it('refuses other URIs and malformed secrets', () => {
    expect(secretFromUri('https://example.com/?secret=ORXW4Z3EMFUS2MJQ')).toBeNull();
    expect(secretFromUri('otpauth://hotp/x?secret=ORXW4Z3EMFUS2MJQ')).toBeNull();
    expect(secretFromUri('otpauth://totp/x?secret=<svg>')).toBeNull();
    expect(secretFromUri('not a uri')).toBeNull();
  });
});

describe('groupByFour', () => {
  it('splits into groups of four', () => {
    expect(groupByFour('ORXW4Z3EMF')).toEqual(['ORXW', '4Z3E', 'MF']);
    expect(groupByFour('')).toEqual([]);
  });
});

describe('totpSetupView', () => {
  it('draws the QR code as SVG', async () => {
    const view = await totpSetupView(URI);
    expect(view?.secretGroups).toHaveLength(8);
    expect(view?.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(view?.qrSvg).not.toContain('<script');
  });

  it('draws nothing for a tampered URI', async () => {
    expect(await totpSetupView('javascript:alert(1)')).toBeNull();
  });
});

import type { ChannelOutput } from '@tongdai/contracts';
import { describe, expect, it } from 'vitest';
import { hotlineDisplay, toChannelView } from './channels.js';

const channel = (kind: ChannelOutput['kind'], value: string): ChannelOutput => ({
  id: 'c1',
  kind,
  label: 'label',
  value,
  note: null,
});

describe('hotlineDisplay', () => {
  it('keeps short codes and splits area code + short code', () => {
    expect(hotlineDisplay('1022', '0237')).toBe('1022');
    expect(hotlineDisplay('02371022', '0237')).toBe('0237 1022');
    expect(hotlineDisplay('0237 1022', '0237')).toBe('0237 1022');
  });

  it('formats ordinary numbers the Vietnamese way', () => {
    expect(hotlineDisplay('0913.680.916', '0252')).toBe('0913 680 916');
  });

  it('falls back to the value as published', () => {
    expect(hotlineDisplay('12', '0237')).toBe('12');
  });
});

describe('toChannelView', () => {
  it('links hotlines with tel:', () => {
    expect(toChannelView(channel('hotline', '02371022'), '0237')).toMatchObject({
      display: '0237 1022',
      href: 'tel:02371022',
    });
  });

  it('links e-mail with mailto:', () => {
    expect(toChannelView(channel('email', '1022@thanhhoa.gov.vn'), '0237').href).toBe(
      'mailto:1022@thanhhoa.gov.vn',
    );
  });

  it('links web addresses and shows them without the scheme', () => {
    expect(toChannelView(channel('portal', 'https://1022.thanhhoa.gov.vn'), '0237')).toMatchObject({
      display: '1022.thanhhoa.gov.vn',
      href: 'https://1022.thanhhoa.gov.vn/',
    });
  });

  it('shows account names and unsafe values as text only', () => {
    expect(toChannelView(channel('zalo', '1022 Thanh Hóa'), '0237')).toMatchObject({
      display: '1022 Thanh Hóa',
      href: null,
    });
    expect(toChannelView(channel('facebook', 'javascript:alert(1)'), '0237').href).toBeNull();
  });
});

import type { ChannelOutput } from '@tongdai/contracts';
import { formatPhoneVn, normalizePhone } from '@tongdai/core';

export interface ChannelView {
  id: string;
  kind: ChannelOutput['kind'];
  label: string;
  note: string | null;
  /** What to show: a number as Vietnamese readers write it, an address, an account name. */
  display: string;
  /** Only tel:, mailto: and http(s): links; anything else is shown as text. */
  href: string | null;
}

const SHORT_CODE = /^\d{3,5}$/;

/** "1022" stays; "02371022" (area code + 1022, not a valid subscriber number) becomes "0237 1022". */
export function hotlineDisplay(value: string, areaCode: string): string {
  const digits = value.replace(/[\s.()-]/g, '');
  if (SHORT_CODE.test(digits)) return digits;
  const rest = digits.slice(areaCode.length);
  if (areaCode && digits.startsWith(areaCode) && SHORT_CODE.test(rest)) return `${areaCode} ${rest}`;
  const e164 = normalizePhone(digits);
  return e164 ? formatPhoneVn(e164) : value;
}

function webHref(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function displayUrl(value: string): string {
  return value.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

export function toChannelView(channel: ChannelOutput, areaCode: string): ChannelView {
  const base = { id: channel.id, kind: channel.kind, label: channel.label, note: channel.note };
  const value = channel.value.trim();
  switch (channel.kind) {
    case 'hotline': {
      const dial = value.replace(/[^\d+]/g, '');
      return { ...base, display: hotlineDisplay(value, areaCode), href: dial ? `tel:${dial}` : null };
    }
    case 'email': {
      const valid = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value);
      return { ...base, display: value, href: valid ? `mailto:${value}` : null };
    }
    default: {
      const href = webHref(value);
      return { ...base, display: href ? displayUrl(value) : value, href };
    }
  }
}

import QRCode from 'qrcode';

export interface TotpSetupView {
  uri: string;
  /** The base32 key in groups of four, for typing into an app by hand. */
  secretGroups: string[];
  /** The URI as a QR code, an SVG drawn here: the page works without JavaScript. */
  qrSvg: string;
}

/** The `secret` parameter of an `otpauth://totp/…` URI; null for anything else. */
export function secretFromUri(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if (url.protocol !== 'otpauth:' || url.host !== 'totp') return null;
  const secret = url.searchParams.get('secret')?.toUpperCase() ?? '';
  return /^[A-Z2-7]{16,128}=*$/.test(secret) ? secret.replace(/=+$/, '') : null;
}

export function groupByFour(text: string): string[] {
  return text.match(/.{1,4}/g) ?? [];
}

/** The view of a key being set up, or null when the URI is not a TOTP key (e.g. a tampered form). */
export async function totpSetupView(uri: string): Promise<TotpSetupView | null> {
  const secret = secretFromUri(uri);
  if (!secret) return null;
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, secretGroups: groupByFour(secret), qrSvg };
}

import { hmacText, sameSignature } from '../../lib/signature.js';

/**
 * The citizen's feedback link: `<case id, hex>.<issued, base36 seconds>.<HMAC-SHA256, base64url>`,
 * signed with the province's key over the province, the case and the time it was issued. Nothing is
 * stored per link; what the link may still do is decided from the case (window, rating given).
 */
export interface LinkClaims {
  caseId: string;
  issuedAt: Date;
}

const mac = (key: Buffer, tenantId: string, caseHex: string, issued: string) =>
  hmacText(key, `feedback:${tenantId}:${caseHex}:${issued}`);

export function signFeedbackToken(key: Buffer, tenantId: string, claims: LinkClaims): string {
  const caseHex = claims.caseId.replaceAll('-', '').toLowerCase();
  const issued = Math.floor(claims.issuedAt.getTime() / 1000).toString(36);
  return `${caseHex}.${issued}.${mac(key, tenantId, caseHex, issued)}`;
}

/** The claims of a token this province signed; null for anything else (forged, altered, another province's). */
export function verifyFeedbackToken(key: Buffer, tenantId: string, token: string): LinkClaims | null {
  const match = /^([0-9a-f]{32})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, caseHex, issued, given] = match as unknown as [string, string, string, string];
  if (!sameSignature(given, mac(key, tenantId, caseHex, issued))) return null;
  const h = caseHex;
  const caseId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return { caseId, issuedAt: new Date(parseInt(issued, 36) * 1000) };
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Status links a citizen can open without an account: `<case id>.<MAC>`, the MAC over the province
 * and the case, so a link works only for that case on that province's site. There is nothing to
 * revoke or expire: it shows what the code + phone lookup shows.
 */
const uuidToBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const bytesToUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const mac = (key: string, tenantId: string, caseId: string) =>
  createHmac('sha256', key).update(`case-status:${tenantId}:${caseId}`).digest().subarray(0, 16);

export function signStatusToken(key: string, tenantId: string, caseId: string): string {
  return `${uuidToBytes(caseId).toString('base64url')}.${mac(key, tenantId, caseId).toString('base64url')}`;
}

/** The case id of a valid token for this province; null otherwise. */
export function readStatusToken(key: string, tenantId: string, token: string): string | null {
  const [idPart, macPart, ...rest] = token.split('.');
  if (!idPart || !macPart || rest.length > 0) return null;
  const idBytes = Buffer.from(idPart, 'base64url');
  if (idBytes.length !== 16) return null;
  const caseId = bytesToUuid(idBytes);
  // Compared as text: base64url's last character carries spare bits, so decoding first would accept
  // several spellings of one MAC, and the id must be spelt exactly as signed too.
  if (idBytes.toString('base64url') !== idPart) return null;
  const given = Buffer.from(macPart);
  const expected = Buffer.from(mac(key, tenantId, caseId).toString('base64url'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return caseId;
}

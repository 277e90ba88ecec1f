import { hmacText, sameSignature } from '../../lib/signature.js';

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
  hmacText(key, `case-status:${tenantId}:${caseId}`, 16);

export function signStatusToken(key: string, tenantId: string, caseId: string): string {
  return `${uuidToBytes(caseId).toString('base64url')}.${mac(key, tenantId, caseId)}`;
}

/** The case id of a valid token for this province; null otherwise. */
export function readStatusToken(key: string, tenantId: string, token: string): string | null {
  const [idPart, macPart, ...rest] = token.split('.');
  if (!idPart || !macPart || rest.length > 0) return null;
  const idBytes = Buffer.from(idPart, 'base64url');
  if (idBytes.length !== 16) return null;
  const caseId = bytesToUuid(idBytes);
  // The id must be spelt exactly as signed too (base64url's spare bits).
  if (idBytes.toString('base64url') !== idPart) return null;
  return sameSignature(macPart, mac(key, tenantId, caseId)) ? caseId : null;
}

import { randomBytes } from 'node:crypto';
import { queries, type Tx } from '@tongdai/db';
import type { SecretBox } from '../../lib/secret-box.js';
import { signFeedbackToken, verifyFeedbackToken, type LinkClaims } from './link-token.js';

/** The province's link key, made (sealed with SECRETS_KEY) the first time a link is signed. */
async function linkKey(tx: Tx, tenantId: string, secrets: SecretBox): Promise<Buffer> {
  const sealed =
    (await queries.findLinkKey(tx, tenantId)) ??
    (await queries.ensureLinkKey(tx, tenantId, secrets.seal(randomBytes(32).toString('base64'))));
  return Buffer.from(secrets.open(sealed), 'base64');
}

export async function signFeedbackLink(
  tx: Tx,
  tenantId: string,
  secrets: SecretBox,
  claims: LinkClaims,
): Promise<string> {
  return signFeedbackToken(await linkKey(tx, tenantId, secrets), tenantId, claims);
}

/** The claims of a valid link of this province, or null (including before any link was signed). */
export async function readFeedbackLink(
  tx: Tx,
  tenantId: string,
  secrets: SecretBox,
  token: string,
): Promise<LinkClaims | null> {
  const sealed = await queries.findLinkKey(tx, tenantId);
  if (!sealed) return null;
  let key: Buffer;
  try {
    key = Buffer.from(secrets.open(sealed), 'base64');
  } catch {
    // Sealed under another SECRETS_KEY (rotated without re-sealing): the links signed with it are void.
    return null;
  }
  return verifyFeedbackToken(key, tenantId, token);
}

/** Where the citizen opens the link: the province's portal. */
export const FEEDBACK_PATH = '/danh-gia';

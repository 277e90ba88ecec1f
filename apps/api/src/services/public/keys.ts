import { hmacText } from '../../lib/signature.js';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';

/** Secrets of the public portal, each derived for one purpose from the keys given in the environment. */
export interface PortalKeys {
  /** Signs proof-of-work challenges (altcha-lib's challenge signature). */
  powChallenge: string;
  /** Signs the derived key of a challenge (altcha-lib's key signature: fast verification). */
  powKey: string;
  /** Signs status links. */
  statusLink: string;
}

// Development only: README says to set ALTCHA_HMAC_KEY and STATUS_LINK_KEY in production.
export const DEV_ALTCHA_HMAC_KEY = 'tongdai-dev-altcha-hmac-key';
export const DEV_STATUS_LINK_KEY = 'tongdai-dev-status-link-key';

const derive = (key: string, purpose: string) => hmacText(key, purpose);

export function portalKeys(altchaHmacKey: string, statusLinkKey: string): PortalKeys {
  return {
    powChallenge: derive(altchaHmacKey, 'altcha:challenge'),
    powKey: derive(altchaHmacKey, 'altcha:key'),
    statusLink: derive(statusLinkKey, 'status-link:v1'),
  };
}

const devKeys = portalKeys(DEV_ALTCHA_HMAC_KEY, DEV_STATUS_LINK_KEY);

export const keysOf = (c: Context<AppEnv>): PortalKeys => c.get('deps').portalKeys ?? devKeys;

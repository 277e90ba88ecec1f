/**
 * CSRF check for cookie-authenticated mutations, from headers browsers set and pages cannot forge.
 * SameSite=Lax is not enough here: province sites are siblings under one registrable domain, so
 * thanhhoa.<base> posting to binhthuan.<base> is "same-site" and must be refused too.
 */
export interface CsrfHeaders {
  method: string;
  origin?: string | null;
  secFetchSite?: string | null;
  host?: string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// 'none' is a user-initiated navigation (address bar, bookmark); anything unknown is refused.
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function isCrossSiteRequest(headers: CsrfHeaders): boolean {
  if (SAFE_METHODS.has(headers.method.toUpperCase())) return false;
  const site = headers.secFetchSite?.trim().toLowerCase();
  const origin = headers.origin?.trim();
  if (!site && !origin) return true;
  if (site && !ALLOWED_FETCH_SITES.has(site)) return true;
  if (origin) {
    // "null" (sandboxed frames, privacy redirects) does not parse and is refused with the rest.
    const from = originHost(origin);
    const to = headers.host?.trim().toLowerCase();
    if (!from || !to || from !== to) return true;
  }
  return false;
}

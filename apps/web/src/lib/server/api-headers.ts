/** What the web server tells the API about the browser it acts for. */
export interface ActingFor {
  /** The Host the browser used; the API picks the tenant and the cookie's scope from it. */
  host: string;
  proto: 'http' | 'https';
  origin: string;
  requestId: string;
  clientAddress?: string | undefined;
  cookie: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Per-IP limits must see the person, not the web server, so their address goes along. Mutations
 * also carry the page's origin: SvelteKit has already checked the form came from it, and the API
 * refuses state changes without that proof.
 */
export function apiRequestHeaders(method: string, ctx: ActingFor): Record<string, string> {
  const headers: Record<string, string> = {
    'x-forwarded-host': ctx.host,
    'x-forwarded-proto': ctx.proto,
    'x-request-id': ctx.requestId,
  };
  if (ctx.clientAddress) headers['x-forwarded-for'] = ctx.clientAddress;
  if (ctx.cookie) headers.cookie = ctx.cookie;
  if (!SAFE_METHODS.has(method.toUpperCase())) {
    headers.origin = ctx.origin;
    headers['sec-fetch-site'] = 'same-origin';
  }
  return headers;
}

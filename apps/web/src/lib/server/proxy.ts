/** Pure helpers for the same-origin `/api/*` proxy to the API server. */

// RFC 9110 §7.6.1: meaningful for one connection only, never forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export interface ForwardContext {
  /** The Host the browser used, e.g. `thanhhoa.localhost:5173`. */
  host: string;
  proto: 'http' | 'https';
  clientAddress?: string;
}

function withoutHopByHop(headers: Headers): Headers {
  const listed = new Set(
    (headers.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const out = new Headers();
  for (const [name, value] of headers) {
    if (!HOP_BY_HOP.has(name) && !listed.has(name)) out.append(name, value);
  }
  return out;
}

/** Headers for the API: the API picks the tenant from X-Forwarded-Host, so a client's own value is replaced. */
export function forwardRequestHeaders(incoming: Headers, ctx: ForwardContext): Headers {
  const out = withoutHopByHop(incoming);
  out.delete('host');
  out.delete('forwarded');
  out.set('x-forwarded-host', ctx.host);
  out.set('x-forwarded-proto', ctx.proto);
  if (ctx.clientAddress) out.set('x-forwarded-for', ctx.clientAddress);
  else out.delete('x-forwarded-for');
  return out;
}

/** Headers for the browser: fetch has already decoded the body, so its encoding and length no longer apply. */
export function forwardResponseHeaders(incoming: Headers): Headers {
  const out = withoutHopByHop(incoming);
  out.delete('content-encoding');
  out.delete('content-length');
  return out;
}

/**
 * `/api/v1/faq?limit=3` → `${apiUrl}/v1/faq?limit=3`; Open311 keeps its well-known path
 * (`/open311/v2/services.xml` → `${apiUrl}/open311/v2/services.xml`); null for any other path.
 */
export function apiTargetUrl(apiUrl: string, url: URL): string | null {
  const base = apiUrl.replace(/\/+$/, '');
  if (url.pathname.startsWith('/open311/')) return `${base}${url.pathname}${url.search}`;
  if (!url.pathname.startsWith('/api/')) return null;
  return `${base}${url.pathname.slice('/api'.length)}${url.search}`;
}

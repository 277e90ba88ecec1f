import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { requestHost, requestOrigin, requestProto } from '../../middleware/tenant.js';

/** A link on the host the request came to, for e-mails (the province's own site, or the platform's). */
export function linkOnThisHost(c: Context<AppEnv>, path: string): string {
  return `${requestOrigin(c)}${path}`;
}

/** A link on another province's site, keeping this request's scheme and port (development ports). */
export function linkOnTenantHost(c: Context<AppEnv>, slug: string, path: string): string {
  const host = requestHost(c) ?? '';
  const port = host.includes(':') && !host.endsWith(']') ? host.slice(host.lastIndexOf(':')) : '';
  return `${requestProto(c)}://${slug}.${c.get('deps').baseDomain}${port}${path}`;
}

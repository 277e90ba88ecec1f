/**
 * Maps a Host header to what the request is addressed to. Pure: no database access.
 * `thanhhoa.<base>` → a province slug; `<base>` → the platform landing; `national.<base>` → ministry view.
 */
export type HostTarget =
  { kind: 'platform' } | { kind: 'national' } | { kind: 'tenant'; slug: string } | { kind: 'unknown' };

/** Subdomains that can never be a province slug. */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  'national',
  'www',
  'api',
  'admin',
  'app',
  'static',
  'mail',
]);

const SLUG_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !slug.endsWith('-') && !RESERVED_SUBDOMAINS.has(slug);
}

function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

export function resolveTenant(host: string | null | undefined, baseDomain: string): HostTarget {
  if (!host) return { kind: 'unknown' };
  const name = stripPort(host.trim().toLowerCase()).replace(/\.$/, '');
  const base = baseDomain.toLowerCase();
  if (name === base) return { kind: 'platform' };
  if (!name.endsWith(`.${base}`)) return { kind: 'unknown' };
  const sub = name.slice(0, -(base.length + 1));
  if (sub === 'national') return { kind: 'national' };
  if (sub === 'www') return { kind: 'platform' };
  if (sub.includes('.') || !isValidSlug(sub)) return { kind: 'unknown' };
  return { kind: 'tenant', slug: sub };
}

/** Origin of a tenant's site, for links and printed URLs. */
export function tenantOrigin(slug: string, baseDomain: string, port?: number, secure = false): string {
  const portPart = port && port !== 80 && port !== 443 ? `:${port}` : '';
  return `${secure ? 'https' : 'http'}://${slug}.${baseDomain}${portPart}`;
}

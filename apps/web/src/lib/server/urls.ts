import { tenantOrigin } from '@tongdai/core';

function portOf(url: URL): number | undefined {
  return url.port ? Number(url.port) : undefined;
}

/** The platform landing on the bare base domain, keeping the protocol and port the browser used. */
export function platformUrl(url: URL, baseDomain: string): string {
  return `${url.protocol}//${baseDomain}${url.port ? `:${url.port}` : ''}/`;
}

export function tenantUrl(url: URL, slug: string, baseDomain: string): string {
  return tenantOrigin(slug, baseDomain, portOf(url), url.protocol === 'https:');
}

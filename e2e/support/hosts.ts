/** URL of a page on a province's subdomain; Chromium resolves *.localhost to loopback. */
export function tenantUrl(slug: string, path = '/'): string {
  return `http://${slug}.localhost:${process.env.E2E_WEB_PORT ?? 4399}${path}`;
}

export function platformUrl(path = '/'): string {
  return `http://localhost:${process.env.E2E_WEB_PORT ?? 4399}${path}`;
}

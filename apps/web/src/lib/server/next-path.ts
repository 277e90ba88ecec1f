const BASE = 'http://next.invalid';
// Going back to these after signing in would loop or sign the person out again.
const NEVER_NEXT = ['/dang-nhap', '/dang-xuat', '/xac-thuc-2-lop', '/cai-dat-2-lop'];

/**
 * Where to go after signing in: only a path on this host (one leading `/`, no scheme, no `//host`,
 * no backslashes or control characters that browsers would read as another host); null otherwise.
 */
export function safeNextPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 512) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (NEVER_NEXT.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `path?next=…` when there is somewhere to go back to. */
export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

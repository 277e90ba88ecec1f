import type { Cookies } from '@sveltejs/kit';

/** Set by the API (packages/auth); repeated here so the web does not pull in the auth package. */
export const SESSION_COOKIE = 'tongdai_session';

export interface SetCookieOptions {
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  maxAge?: number;
  expires?: Date;
}

export interface ParsedSetCookie {
  name: string;
  value: string;
  options: SetCookieOptions;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const SAME_SITE = new Set(['lax', 'strict', 'none']);

/**
 * One `Set-Cookie` header value. `Domain` is dropped on purpose: the API's cookies are relayed as
 * host-only cookies of the page the browser is on, so a province's session never reaches a sibling.
 */
export function parseSetCookie(header: string): ParsedSetCookie | null {
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  const name = pair.slice(0, Math.max(eq, 0)).trim();
  if (eq <= 0 || !TOKEN.test(name)) return null;
  let value = pair.slice(eq + 1).trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  const options: SetCookieOptions = { path: '/', httpOnly: false, secure: false };
  for (const attribute of attributes) {
    const i = attribute.indexOf('=');
    const key = (i === -1 ? attribute : attribute.slice(0, i)).trim().toLowerCase();
    const raw = i === -1 ? '' : attribute.slice(i + 1).trim();
    if (key === 'path' && raw.startsWith('/')) options.path = raw;
    else if (key === 'max-age' && /^-?\d+$/.test(raw)) options.maxAge = Number(raw);
    else if (key === 'expires' && !Number.isNaN(Date.parse(raw))) options.expires = new Date(raw);
    else if (key === 'httponly') options.httpOnly = true;
    else if (key === 'secure') options.secure = true;
    else if (key === 'samesite' && SAME_SITE.has(raw.toLowerCase()))
      options.sameSite = raw.toLowerCase() as SetCookieOptions['sameSite'];
  }
  return { name, value, options };
}

/** Passes the API's cookies on to the browser with their attributes (value kept byte for byte). */
export function relaySetCookies(cookies: Pick<Cookies, 'set'>, headers: Headers): void {
  for (const header of headers.getSetCookie()) {
    const parsed = parseSetCookie(header);
    if (parsed) cookies.set(parsed.name, parsed.value, { ...parsed.options, encode: (v: string) => v });
  }
}

/**
 * The browser's Cookie header with `name` set to its value as of now in this request: a session
 * started or ended by an earlier API call of the same request wins over what the browser sent.
 */
export function withCookie(header: string | null, name: string, value: string | undefined): string {
  const others = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && part.slice(0, part.indexOf('=')).trim() !== name);
  if (value) others.push(`${name}=${value}`);
  return others.join('; ');
}

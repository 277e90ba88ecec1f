export const SESSION_COOKIE = 'tongdai_session';

export interface SessionCookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: 'Lax';
  path: '/';
  maxAge: number;
}

/**
 * Deliberately no `domain`: a host-only cookie set on thanhhoa.<base> is never sent to binhthuan.<base>,
 * so one province's session cannot leak into another's requests.
 */
export function sessionCookieOptions(input: {
  secure: boolean;
  maxAgeSeconds: number;
}): SessionCookieOptions {
  return {
    httpOnly: true,
    secure: input.secure,
    sameSite: 'Lax',
    path: '/',
    maxAge: Math.max(0, Math.floor(input.maxAgeSeconds)),
  };
}

function hostname(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.lastIndexOf(':');
  return (colon === -1 ? lower : lower.slice(0, colon)).replace(/\.$/, '');
}

/** Browsers treat these as secure contexts over plain http, so only they may get a non-Secure cookie. */
export function isSecureHost(host: string): boolean {
  const name = hostname(host);
  return !(name === 'localhost' || name.endsWith('.localhost') || name === '127.0.0.1' || name === '[::1]');
}

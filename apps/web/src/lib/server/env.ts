import { env } from '$env/dynamic/private';

/** Read per call: adapter-node fills dynamic env at start-up, not at build time. */
export function apiUrl(): string {
  return (env.API_URL || 'http://127.0.0.1:8787').replace(/\/+$/, '');
}

export function baseDomain(): string {
  return (env.BASE_DOMAIN || 'localhost').toLowerCase();
}

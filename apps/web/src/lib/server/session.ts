import { isHttpError } from '@sveltejs/kit';
import type { InferResponseType } from 'hono/client';
import { apiClient, type ApiClient, type ApiEvent } from './api.js';

/** Who is signed in on this host, as `GET /v1/auth/me` describes them. */
export type SessionUser = InferResponseType<ApiClient['v1']['auth']['me']['$get']>;

/** null when signed out, when the session ended, or when the API cannot say (the page then fails itself). */
export async function loadSessionUser(event: ApiEvent): Promise<SessionUser | null> {
  try {
    const res = await apiClient(event).v1.auth.me.$get();
    if (res.ok) return await res.json();
    if (res.status !== 401) console.warn('session lookup failed', { status: res.status });
    return null;
  } catch (err) {
    if (isHttpError(err)) return null;
    throw err;
  }
}

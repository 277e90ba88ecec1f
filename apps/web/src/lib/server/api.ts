import { error, type RequestEvent } from '@sveltejs/kit';
import type { AppType } from '@tongdai/api';
import type { TenantProfileOutput } from '@tongdai/contracts';
import { hc } from 'hono/client';
import { readApiError, type ApiErrorInfo } from './api-error.js';
import { apiRequestHeaders } from './api-headers.js';
import { clientAddress } from './client-address.js';
import { relaySetCookies, SESSION_COOKIE, withCookie } from './cookies.js';
import { apiUrl } from './env.js';

export type ApiEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'
>;

function requestId(locals: App.Locals): string {
  locals.requestId ??= crypto.randomUUID();
  return locals.requestId;
}

function methodOf(input: RequestInfo | URL, init: RequestInit | undefined): string {
  return init?.method ?? (input instanceof Request ? input.method : 'GET');
}

/**
 * Typed client for the API acting for the browser: its host (so the API resolves the same tenant),
 * its session cookie and address; the API's cookies are relayed back to the browser.
 */
export function apiClient(event: ApiEvent) {
  const apiFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    const acting = apiRequestHeaders(methodOf(input, init), {
      host: event.url.host,
      proto: event.url.protocol === 'https:' ? 'https' : 'http',
      origin: event.url.origin,
      requestId: requestId(event.locals),
      clientAddress: clientAddress(event),
      cookie: withCookie(
        event.request.headers.get('cookie'),
        SESSION_COOKIE,
        event.cookies.get(SESSION_COOKIE),
      ),
    });
    for (const [name, value] of Object.entries(acting)) headers.set(name, value);
    let res: Response;
    try {
      res = await event.fetch(input, { ...init, headers });
    } catch (cause) {
      console.error('API unreachable', { url: apiUrl(), cause });
      error(503, { message: 'API unreachable', code: 'UNAVAILABLE' });
    }
    relaySetCookies(event.cookies, res.headers);
    return res;
  };
  return hc<AppType>(apiUrl(), { fetch: apiFetch });
}

export type ApiClient = ReturnType<typeof apiClient>;

export interface ApiResponse<T> {
  ok: boolean;
  status: number;
  json(): Promise<T>;
}

/** Turns a failed API answer into a SvelteKit error carrying the API's own message and code. */
export function throwApiError(status: number, body: unknown): never {
  const info = readApiError(body);
  const httpStatus = status >= 400 && status <= 599 ? status : 502;
  error(httpStatus, { message: info?.message ?? `API answered ${status}`, code: info?.code ?? 'INTERNAL' });
}

export async function unwrap<T>(res: ApiResponse<T>): Promise<T> {
  if (res.ok) return res.json();
  throwApiError(res.status, await res.json().catch(() => null));
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiErrorInfo };

/** The answer either way, for actions that show the API's message next to the form. */
export async function settle<T>(res: ApiResponse<T>): Promise<ApiResult<T>> {
  if (res.ok) return { ok: true, data: await res.json() };
  const body: unknown = await res.json().catch(() => null);
  return { ok: false, status: res.status, error: readApiError(body) ?? { code: 'INTERNAL', message: '' } };
}

/** The province's public profile; null when the API says no such (active) province. */
export async function loadTenantProfile(api: ApiClient): Promise<TenantProfileOutput | null> {
  const res = await api.v1.tenant.$get();
  if (res.ok) return res.json();
  const body: unknown = await res.json().catch(() => null);
  if (res.status === 404 && readApiError(body)?.code === 'TENANT_NOT_FOUND') return null;
  throwApiError(res.status, body);
}

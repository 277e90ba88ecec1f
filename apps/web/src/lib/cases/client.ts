import type { CaseListOutput, FaqSearchOutput } from '@tongdai/contracts';

/**
 * Browser-side reads through the web server's same-origin `/api` proxy (the session cookie goes along,
 * no CORS). Only reads that refresh what the page shows; every change goes through a form action.
 */
export class ApiReadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api${path}`, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    ...(signal ? { signal } : {}),
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`;
    throw new ApiReadError(res.status, message);
  }
  return body as T;
}

export function fetchCasePage(query: Record<string, string>, signal?: AbortSignal) {
  return readJson<CaseListOutput>(`/v1/cases?${new URLSearchParams(query)}`, signal);
}

export function searchFaqForStaff(params: URLSearchParams, signal?: AbortSignal) {
  return readJson<FaqSearchOutput>(`/v1/faq/staff-search?${params}`, signal);
}

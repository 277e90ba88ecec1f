import { error } from '@sveltejs/kit';
import { apiClient } from '$lib/server/api.js';
import { faqManager } from '$lib/server/faq-admin.js';
import { guardApiError } from '$lib/server/guards.js';
import type { RequestHandler } from './$types';

/** The API's export (CSV or XLSX) as a download, with its file name. */
export const GET: RequestHandler = async (event) => {
  faqManager(event);
  const format = event.url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const res = await apiClient(event).v1.faq.manage.export.$get({ query: { format } });
  if (!res.ok) guardApiError(event, res.status, await res.json().catch(() => null));
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const name of ['content-type', 'content-disposition']) {
    const value = res.headers.get(name);
    if (!value) error(502, { message: 'Bad export', code: 'INTERNAL' });
    headers.set(name, value);
  }
  return new Response(res.body, { status: 200, headers });
};

import type { Handle } from '@sveltejs/kit';
import { clientAddress } from './client-address.js';
import { apiUrl } from './env.js';
import { apiTargetUrl, forwardRequestHeaders, forwardResponseHeaders } from './proxy.js';

/** `/api/*` is forwarded to the API so the browser stays same-origin (cookies, no CORS). */
export const handleApiProxy: Handle = async ({ event, resolve }) => {
  const target = apiTargetUrl(apiUrl(), event.url);
  if (!target) return resolve(event);

  const { request } = event;
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : request.body;
  // Node's fetch needs `duplex: 'half'` to send a streamed body; the DOM typings do not know it yet.
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: forwardRequestHeaders(request.headers, {
      host: event.url.host,
      proto: event.url.protocol === 'https:' ? 'https' : 'http',
      clientAddress: clientAddress(event),
    }),
    body,
    redirect: 'manual',
    signal: request.signal,
    ...(body ? { duplex: 'half' as const } : {}),
  };

  let upstream: Response;
  try {
    upstream = await fetch(target, init);
  } catch (cause) {
    // The browser went away (navigation, closed tab): nobody is waiting for an answer.
    if (request.signal.aborted) return new Response(null, { status: 499 });
    console.error('API proxy failed', { target, cause });
    const message = 'Không kết nối được máy chủ. Vui lòng thử lại sau.';
    return Response.json({ error: { code: 'UNAVAILABLE', message } }, { status: 502 });
  }
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: forwardResponseHeaders(upstream.headers),
  });
};

import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { assertCaseReader } from './access.js';

const KEEPALIVE_MS = 25_000;
// Streams end after a while; EventSource reconnects, and the session is checked again then.
const MAX_STREAM_MS = 15 * 60_000;

/**
 * GET /v1/cases/stream — Server-Sent Events: `ready` once, then `case` events
 * `{ caseId, kind }` for every change in the province the reader may see (agency staff: their
 * agency's cases only). Ids only; the client fetches what it shows through the API.
 */
export const caseStreamRoute = new Hono<AppEnv>().get('/stream', async (c) => {
  const auth = assertCaseReader(c);
  const hub = c.get('deps').caseStream;
  if (!hub) throw new ApiError('UNAVAILABLE', 'Cập nhật trực tiếp chưa sẵn sàng.');
  const tenantId = c.get('tenant').id;
  const scope =
    auth.role === 'agency_staff'
      ? { kind: 'agency' as const, agencyId: auth.agencyId }
      : { kind: 'all' as const };
  return streamSSE(c, async (stream) => {
    let sequence = 0;
    const unsubscribe = await hub.subscribe({
      tenantId,
      scope,
      send: (change) => {
        sequence += 1;
        void stream
          .writeSSE({
            event: 'case',
            id: String(sequence),
            data: JSON.stringify({ caseId: change.caseId, kind: change.kind }),
          })
          .catch(() => undefined);
      },
    });
    stream.onAbort(unsubscribe);
    await stream.writeSSE({ event: 'ready', data: JSON.stringify({ retry: 3000 }), retry: 3000 });
    const endAt = Date.now() + MAX_STREAM_MS;
    while (!stream.aborted && Date.now() < endAt) {
      await stream.sleep(KEEPALIVE_MS);
      if (!stream.aborted) await stream.write(': keepalive\n\n');
    }
    unsubscribe();
  });
});

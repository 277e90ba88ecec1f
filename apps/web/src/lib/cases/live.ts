/** Live case updates: the API's SSE stream through the `/api` proxy (ids only, never personal data). */
export interface CaseChange {
  caseId: string;
  kind: string;
}

export type LiveStatus = 'connecting' | 'live' | 'offline';

export const CASE_STREAM_PATH = '/api/v1/cases/stream';

/** Reads a `case` event's data; null for anything unexpected. */
export function parseCaseChange(data: unknown): CaseChange | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = JSON.parse(data) as { caseId?: unknown; kind?: unknown };
    if (typeof parsed.caseId !== 'string') return null;
    return { caseId: parsed.caseId, kind: typeof parsed.kind === 'string' ? parsed.kind : 'changed' };
  } catch {
    return null;
  }
}

/**
 * Subscribes to the province's case changes; EventSource reconnects by itself (the API ends streams
 * after a while and sets the retry delay). Returns the function that stops listening.
 */
export function watchCases(handlers: {
  onChange: (change: CaseChange) => void;
  onStatus?: (status: LiveStatus) => void;
}): () => void {
  if (typeof EventSource === 'undefined') {
    handlers.onStatus?.('offline');
    return () => undefined;
  }
  handlers.onStatus?.('connecting');
  const source = new EventSource(CASE_STREAM_PATH);
  source.addEventListener('ready', () => handlers.onStatus?.('live'));
  source.addEventListener('case', (event) => {
    const change = parseCaseChange((event as MessageEvent).data);
    if (change) handlers.onChange(change);
  });
  source.addEventListener('error', () => {
    handlers.onStatus?.(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
  });
  return () => source.close();
}

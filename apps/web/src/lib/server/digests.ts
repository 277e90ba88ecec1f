import { DigestListQuery, DigestRunInput, type DigestOutput } from '@tongdai/contracts';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle, unwrap, type ApiEvent } from './api.js';
import { apiFailure, invalid, parseForm, readForm } from './forms.js';
import { unwrapFor } from './guards.js';

const FILTERS = ['agencyId', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/** The filters the GET form sent, without the empty ones. */
export function digestFilters(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) out[name] = value;
  }
  return out;
}

/** 'yyyy-mm-dd' → 'dd/mm/yyyy'. */
export const localDate = (iso: string) => iso.split('-').reverse().join('/');

/** The history page: letters (agency staff get their agency's only, from the API), agencies to filter by. */
export async function loadDigestList(event: ApiEvent) {
  const filters = digestFilters(event.url.searchParams);
  const api = apiClient(event);
  const { agencies } = await unwrap(await api.v1.agencies.$get());
  const parsed = parseForm(DigestListQuery, filters);
  const base = { filters, agencies: agencies.map((a) => ({ value: a.id, label: a.name })) };
  if (!parsed.ok) return { ...base, errors: parsed.errors, digests: [], digestTime: null };
  const { digests, digestTime } = await unwrapFor(event, await api.v1.digests.$get({ query: filters }));
  return {
    ...base,
    errors: {} as Record<string, string>,
    digestTime,
    digests: digests.map((d) => ({
      id: d.id,
      number: d.number,
      year: d.year,
      date: localDate(d.digestDate),
      agencyName: d.agencyName,
      caseCount: d.caseCount,
      sentTo: d.sentTo,
      sentAt: d.sentAt ? formatDateTime(d.sentAt) : null,
    })),
  };
}

export type DigestListData = Awaited<ReturnType<typeof loadDigestList>>;

/** The run form: today's letters now, or a missed day's. */
export async function runDigestsAction(event: ApiEvent) {
  const values = await readForm(event.request);
  const date = values.date?.trim();
  const input: Record<string, string> = date ? { date } : {};
  const parsed = parseForm(DigestRunInput, input);
  if (!parsed.ok) return invalid(values, parsed, { form: 'run' });
  const result = await settle(await apiClient(event).v1.digests.run.$post({ json: parsed.output }));
  if (!result.ok) return apiFailure(result, values, { form: 'run' });
  return {
    form: 'run' as const,
    ran: {
      created: result.data.created.length,
      sent: result.data.sent.length,
      unsent: result.data.unsent.length,
    },
  };
}

/** One letter as issued, for the printable page. */
export async function loadDigest(event: ApiEvent, id: string): Promise<DigestOutput> {
  const res = await apiClient(event).v1.digests[':id'].$get({ param: { id } });
  const { digest } = await unwrapFor(event, res);
  return digest as DigestOutput;
}

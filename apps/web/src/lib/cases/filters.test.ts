import { CASE_STATUSES } from '@tongdai/core';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  apiQuery,
  CASE_STATUS_VALUES,
  DEFAULT_FILTERS,
  filtersFromSearch,
  filtersToSearch,
} from './filters.js';

const TOPIC = '0d6c9a5e-2f1b-4c8e-9a51-3f0b7d2c1e44';
const AGENCY = '7b1e2d3c-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const read = (query: string) => filtersFromSearch(new URLSearchParams(query));

describe('filtersFromSearch', () => {
  it('shows open requests by default', () => {
    expect(read('')).toEqual({ filters: DEFAULT_FILTERS, ignored: [] });
  });

  it('reads every filter from the URL', () => {
    const { filters, ignored } = read(
      `status=escalated&channel=zalo&topic=${TOPIC}&agency=${AGENCY.toUpperCase()}&sla=at_risk&mine=1&from=2026-05-01&to=2026-05-31&q=xét nghiệm`,
    );
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      status: 'escalated',
      channel: 'zalo',
      topicId: TOPIC,
      agencyId: AGENCY,
      slaState: 'at_risk',
      mine: true,
      from: '2026-05-01',
      to: '2026-05-31',
      q: 'xét nghiệm',
    });
  });

  it('drops what it cannot use and says which', () => {
    const { filters, ignored } = read(
      'status=lost&channel=fax&topic=42&sla=late&from=2026-02-30&to=31/05/2026&q=x',
    );
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(ignored.sort()).toEqual(['channel', 'from', 'q', 'slaState', 'status', 'to', 'topicId']);
  });

  it('treats empty fields (a plain GET form) as absent and swaps a reversed range', () => {
    const { filters, ignored } = read('status=&channel=&topic=&mine=&from=2026-06-10&to=2026-06-01&q=');
    expect(ignored).toEqual([]);
    expect(filters).toMatchObject({
      status: 'open',
      mine: false,
      from: '2026-06-01',
      to: '2026-06-10',
      q: null,
    });
  });

  it('knows exactly the statuses of the core state machine', () => {
    expect([...CASE_STATUS_VALUES].sort()).toEqual([...CASE_STATUSES].sort());
  });
});

describe('filtersToSearch', () => {
  it('round-trips through the URL and leaves defaults out', () => {
    const { filters } = read(`status=all&sla=breached&agency=${AGENCY}&mine=1&q=ho chieu`);
    const search = filtersToSearch(filters);
    expect(search.toString()).toBe(`status=all&agency=${AGENCY}&sla=breached&mine=1&q=ho+chieu`);
    expect(filtersFromSearch(search).filters).toEqual(filters);
    expect(filtersToSearch(DEFAULT_FILTERS).toString()).toBe('');
    expect(activeFilterCount(filters)).toBe(5);
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
  });
});

describe('apiQuery', () => {
  it('maps the filters to the cases API query', () => {
    const { filters } = read(`channel=hotline&topic=${TOPIC}&mine=1&from=2026-05-01&q=ho chieu`);
    expect(apiQuery(filters, { cursor: 'abc', limit: 25 })).toEqual({
      status: 'open',
      channel: 'hotline',
      topicId: TOPIC,
      operatorId: 'me',
      from: '2026-05-01',
      q: 'ho chieu',
      cursor: 'abc',
      limit: '25',
    });
  });

  it('sends no status for "all" and keeps the page size within the API limits', () => {
    const { filters } = read('status=all');
    expect(apiQuery(filters)).toEqual({});
    expect(apiQuery(filters, { limit: 500 }).limit).toBe('100');
    expect(apiQuery(filters, { limit: 0 }).limit).toBe('1');
    expect(apiQuery(filters, { cursor: null })).toEqual({});
  });
});

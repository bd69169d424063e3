// The audit log's filters as the URL holds them (calendar days for dates, so links stay readable),
// the address of a page of results, and the API search they stand for.
import type { AuditSearch } from './api/get-audit-log';

/** The kinds of thing the log records changes to, in the order the filter offers them. */
export const ENTITY_TYPES = [
  'idea',
  'comment',
  'challenge',
  'signup',
  'shift',
  'opportunity',
  'service',
  'organisation',
  'rating',
  'change',
  'initiative',
  'indicator',
  'webhook',
  'person',
] as const;

export const AUDIT_PATH = '/audit';

/** The API's limits on the free-text filters. */
export const Q_MAX = 200;
export const ACTION_MAX = 100;

export interface AuditFilterValues {
  q: string;
  action: string;
  entityType: string;
  /** calendar days, YYYY-MM-DD, or '' */
  from: string;
  to: string;
}

/** Filters a link can carry but the form does not offer: one organisation, person or thing. */
export const LINK_ONLY_KEYS = ['organisation', 'actor', 'entityId'] as const;
export type AuditLinkFilters = Partial<Record<(typeof LINK_ONLY_KEYS)[number], string>>;

const FORM_KEYS = ['q', 'action', 'entityType', 'from', 'to'] as const;

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function filtersFromParams(params: URLSearchParams): AuditFilterValues {
  const from = params.get('from');
  const to = params.get('to');
  return {
    q: (params.get('q') ?? '').slice(0, Q_MAX),
    action: (params.get('action') ?? '').slice(0, ACTION_MAX),
    entityType: params.get('entityType') ?? '',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
  };
}

export function linkFiltersFromParams(params: URLSearchParams): AuditLinkFilters {
  const filters: AuditLinkFilters = {};
  for (const key of LINK_ONLY_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** "/audit?q=hours&from=2026-11-01": a page of results, linkable. */
export function auditHref(filters: AuditFilterValues, links: AuditLinkFilters = {}, cursor?: string): string {
  const params = new URLSearchParams();
  for (const key of FORM_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  for (const key of LINK_ONLY_KEYS) {
    const value = links[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `${AUDIT_PATH}?${query}` : AUDIT_PATH;
}

/** Days become instants at midnight UTC; the "to" day is included, so the search ends the next midnight. */
export function apiSearch(filters: AuditFilterValues, links: AuditLinkFilters, cursor?: string): AuditSearch {
  const search: AuditSearch = { ...links };
  if (filters.q.trim()) search.q = filters.q.trim();
  if (filters.action.trim()) search.action = filters.action.trim();
  if (filters.entityType) search.entityType = filters.entityType;
  if (filters.from) search.from = `${filters.from}T00:00:00Z`;
  if (filters.to) search.to = `${nextDay(filters.to)}T00:00:00Z`;
  if (cursor) search.cursor = cursor;
  return search;
}

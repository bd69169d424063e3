// A page of the audit log, newest first: admins search every entry, staff their organisations'.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditPage } from '@/types';
import { auditKeys } from './keys';

/** The API's filters: `from` and `to` are instants (ISO-8601), `to` not included. */
export interface AuditSearch {
  q?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
  organisation?: string;
  actor?: string;
  entityId?: string;
  cursor?: string;
}

export const AUDIT_PAGE_SIZE = 50;

export function getAuditLog(search: AuditSearch, signal?: AbortSignal): Promise<AuditPage> {
  return api.get<AuditPage>('/api/v1/audit', { limit: AUDIT_PAGE_SIZE, ...search }, signal);
}

export function useAuditLog(search: AuditSearch, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: auditKeys.list(search),
    queryFn: ({ signal }) => getAuditLog(search, signal),
    enabled,
  });
}

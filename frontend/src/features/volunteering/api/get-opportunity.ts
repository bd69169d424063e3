import { useInfiniteQuery, useQuery, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OpportunityView, ShiftPage, ShiftView } from '@/types';
import { volunteeringKeys } from './keys';

const path = (id: string) => `/api/v1/opportunities/${encodeURIComponent(id)}`;

export function getOpportunity(id: string, signal?: AbortSignal): Promise<OpportunityView> {
  return api.get<OpportunityView>(path(id), undefined, signal);
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: volunteeringKeys.opportunity(id),
    queryFn: ({ signal }) => getOpportunity(id, signal),
    enabled: id !== '',
  });
}

export const SHIFTS_PAGE_SIZE = 50;

/** Shifts that have not ended, earliest first. */
export function getUpcomingShifts(opportunityId: string, cursor?: string, signal?: AbortSignal): Promise<ShiftPage> {
  return api.get<ShiftPage>(`${path(opportunityId)}/shifts`, { upcoming: true, limit: SHIFTS_PAGE_SIZE, cursor }, signal);
}

export function useUpcomingShifts(opportunityId: string) {
  return useInfiniteQuery({
    queryKey: volunteeringKeys.shifts(opportunityId),
    queryFn: ({ pageParam, signal }) => getUpcomingShifts(opportunityId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled: opportunityId !== '',
  });
}

export function loadedShifts(data: InfiniteData<ShiftPage, unknown> | undefined): ShiftView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

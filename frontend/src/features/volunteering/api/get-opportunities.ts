// Published opportunities, newest first, with "Show more" paging.
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OpportunityPage, OpportunityView } from '@/types';
import { volunteeringKeys } from './keys';

/** As the API takes them: `from` and `to` are instants. */
export interface OpportunitySearch {
  service?: string;
  from?: string;
  to?: string;
  place?: string;
  hasPlaces?: boolean;
}

export const OPPORTUNITIES_PAGE_SIZE = 20;

export function getOpportunities(search: OpportunitySearch, cursor?: string, signal?: AbortSignal): Promise<OpportunityPage> {
  return api.get<OpportunityPage>(
    '/api/v1/opportunities',
    { limit: OPPORTUNITIES_PAGE_SIZE, ...search, hasPlaces: search.hasPlaces || undefined, cursor },
    signal,
  );
}

export function useOpportunities(search: OpportunitySearch, { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: volunteeringKeys.opportunityList(search),
    queryFn: ({ pageParam, signal }) => getOpportunities(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

/** Every loaded opportunity once, in the API's order. */
export function loadedOpportunities(data: InfiniteData<OpportunityPage, unknown> | undefined): OpportunityView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

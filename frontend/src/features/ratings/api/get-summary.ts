import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RatingSummaryView } from '@/types';
import { ratingsKeys } from './keys';

const summaryPath = (slug: string) => `/api/v1/services/${encodeURIComponent(slug)}/ratings/summary`;

export function getRatingSummary(slug: string, signal?: AbortSignal): Promise<RatingSummaryView> {
  return api.get<RatingSummaryView>(summaryPath(slug), undefined, signal);
}

/** A service's ratings summary; below 5 ratings only the count (enoughRatings false). */
export function useRatingSummary(slug: string) {
  return useQuery({
    queryKey: ratingsKeys.summary(slug),
    queryFn: ({ signal }) => getRatingSummary(slug, signal),
    enabled: slug !== '',
  });
}

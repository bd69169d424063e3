// Reviews of my organisations' services that nobody has replied to yet (every service's for an
// admin), the longest waiting first, a page at a time ("Show more").
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RatingPage, RatingView } from '@/types';
import { ratingsStaffKeys } from './keys';

export const AWAITING_PAGE_SIZE = 20;

export function getAwaitingReply(cursor: string | undefined, signal?: AbortSignal): Promise<RatingPage> {
  return api.get<RatingPage>('/api/v1/ratings/awaiting-reply', { limit: AWAITING_PAGE_SIZE, cursor }, signal);
}

export function useAwaitingReply({ enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: ratingsStaffKeys.awaiting(),
    queryFn: ({ pageParam, signal }) => getAwaitingReply(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

/** Every loaded review once, in the order the API sent them. */
export function loadedReviews(pages: InfiniteData<RatingPage, unknown> | undefined): RatingView[] {
  const seen = new Set<string>();
  return (pages?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((rating) => !seen.has(rating.id) && !!seen.add(rating.id));
}

// A service's public reviews (ratings with words that moderators have not hidden), keyset paged.
import { useInfiniteQuery, useQuery, type InfiniteData } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { RatingPage, RatingView } from '@/types';
import { ratingsKeys } from './keys';

export const REVIEW_SORTS = ['newest', 'lowest', 'highest'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export const REVIEW_FILTERS = ['all', 'replied', 'not-replied'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export function isReviewSort(value: string | null | undefined): value is ReviewSort {
  return REVIEW_SORTS.some((sort) => sort === value);
}

export function isReviewFilter(value: string | null | undefined): value is ReviewFilter {
  return REVIEW_FILTERS.some((filter) => filter === value);
}

export interface ReviewSearch {
  sort: ReviewSort;
  filter: ReviewFilter;
}

export const REVIEWS_PAGE_SIZE = 20;

const reviewsPath = (slug: string) => `/api/v1/services/${encodeURIComponent(slug)}/ratings`;

export function getReviews(
  slug: string,
  search: ReviewSearch,
  cursor?: string,
  signal?: AbortSignal,
  limit = REVIEWS_PAGE_SIZE,
): Promise<RatingPage> {
  const replied = search.filter === 'replied' ? true : search.filter === 'not-replied' ? false : undefined;
  return api.get<RatingPage>(reviewsPath(slug), { sort: search.sort, replied, limit, cursor }, signal);
}

export function useReviews(slug: string, search: ReviewSearch) {
  return useInfiniteQuery({
    queryKey: ratingsKeys.reviews(slug, search),
    queryFn: ({ pageParam, signal }) => getReviews(slug, search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled: slug !== '',
  });
}

export const LATEST_REVIEWS = 3;

/** The newest few reviews, for the service page: one request. */
export function useLatestReviews(slug: string) {
  return useQuery({
    queryKey: ratingsKeys.latest(slug),
    queryFn: ({ signal }) => getReviews(slug, { sort: 'newest', filter: 'all' }, undefined, signal, LATEST_REVIEWS),
    enabled: slug !== '',
  });
}

/** Every loaded review once, in the API's order. */
export function loadedReviews(data: InfiniteData<RatingPage, unknown> | undefined): RatingView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

export function getRating(id: string, signal?: AbortSignal): Promise<RatingView> {
  return api.get<RatingView>(`/api/v1/ratings/${encodeURIComponent(id)}`, undefined, signal);
}

/** One rating: public when it is a visible review, otherwise only for its author and staff (404 for others). */
export function useRating(id: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ratingsKeys.item(id ?? ''),
    queryFn: ({ signal }) => getRating(id!, signal),
    enabled: enabled && !!id,
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IdeaPage } from '@/types';
import { IDEAS_PAGE_SIZE } from './get-ideas';
import { ideasKeys } from './keys';

export function getReviewQueue(cursor: string | undefined, signal?: AbortSignal): Promise<IdeaPage> {
  return api.get<IdeaPage>('/api/v1/ideas/review-queue', { limit: IDEAS_PAGE_SIZE, cursor }, signal);
}

/** Ideas of my organisations' services waiting for an answer, the longest waiting first. */
export function useReviewQueue(cursor: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ideasKeys.reviewQueue(cursor),
    queryFn: ({ signal }) => getReviewQueue(cursor, signal),
    enabled,
  });
}

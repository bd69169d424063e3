// Open reports on my organisations' ideas, comments and reviews (all of them for an admin), oldest first.
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReportPage, ReportView } from '@/types';
import { moderationKeys } from './keys';

export const MODERATION_PAGE_SIZE = 50;

export function getModerationQueue(cursor: string | undefined, signal?: AbortSignal): Promise<ReportPage> {
  return api.get<ReportPage>('/api/v1/moderation/queue', { limit: MODERATION_PAGE_SIZE, cursor }, signal);
}

export function useModerationQueue({ enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: moderationKeys.queue(),
    queryFn: ({ pageParam, signal }) => getModerationQueue(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

/** Every loaded report once, oldest first as the API sends them. */
export function loadedReports(pages: InfiniteData<ReportPage, unknown> | undefined): ReportView[] {
  const seen = new Set<string>();
  return (pages?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((report) => !seen.has(report.id) && !!seen.add(report.id));
}

// Ideas I proposed or co-author, in every status (withdrawn and hidden ones too), newest first.
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IdeaPage, IdeaView } from '@/types';
import { IDEAS_PAGE_SIZE } from './get-ideas';
import { ideasKeys } from './keys';

/** Under ideasKeys.all, so anything that changes ideas also refreshes this list. */
export const myIdeasKey = [...ideasKeys.all, 'mine'] as const;

export function getMyIdeas(cursor: string | undefined, signal?: AbortSignal): Promise<IdeaPage> {
  return api.get<IdeaPage>('/api/v1/me/ideas', { limit: IDEAS_PAGE_SIZE, cursor }, signal);
}

export function useMyIdeas({ enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: myIdeasKey,
    queryFn: ({ pageParam, signal }) => getMyIdeas(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

/** Every loaded idea once, in the API's order. */
export function loadedIdeas(pages: InfiniteData<IdeaPage, unknown> | undefined): IdeaView[] {
  const seen = new Set<string>();
  return (pages?.pages ?? []).flatMap((page) => page.items).filter((idea) => !seen.has(idea.id) && !!seen.add(idea.id));
}

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IdeaPage, IdeaStatus } from '@/types';
import { ideasKeys } from './keys';

export const IDEA_SORTS = ['newest', 'most-supported', 'recently-answered'] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];

export function isIdeaSort(value: string | null | undefined): value is IdeaSort {
  return IDEA_SORTS.some((sort) => sort === value);
}

export interface IdeaSearch {
  service?: string;
  challenge?: string;
  status?: IdeaStatus;
  author?: string;
  tag?: string;
  q?: string;
  sort?: IdeaSort;
  cursor?: string;
  limit?: number;
}

export const IDEAS_PAGE_SIZE = 20;

export function getIdeas(search: IdeaSearch, signal?: AbortSignal): Promise<IdeaPage> {
  return api.get<IdeaPage>('/api/v1/ideas', { limit: IDEAS_PAGE_SIZE, ...search }, signal);
}

export function useIdeas(search: IdeaSearch, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ideasKeys.list(search),
    queryFn: ({ signal }) => getIdeas(search, signal),
    enabled,
  });
}

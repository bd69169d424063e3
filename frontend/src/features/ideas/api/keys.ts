import type { IdeaSearch } from './get-ideas';

export const ideasKeys = {
  all: ['ideas'] as const,
  lists: () => [...ideasKeys.all, 'list'] as const,
  list: (search: IdeaSearch) => [...ideasKeys.lists(), search] as const,
  item: (id: string) => [...ideasKeys.all, 'item', id] as const,
  timeline: (id: string) => [...ideasKeys.all, 'timeline', id] as const,
  supports: (id: string) => [...ideasKeys.all, 'supports', id] as const,
  comments: (id: string) => [...ideasKeys.all, 'comments', id] as const,
  coauthors: (id: string) => [...ideasKeys.all, 'coauthors', id] as const,
  reviewQueue: (cursor?: string) => [...ideasKeys.all, 'review-queue', cursor ?? ''] as const,
};

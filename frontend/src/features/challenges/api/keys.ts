import type { ChallengeSearch } from './get-challenges';

export const challengesKeys = {
  all: ['challenges'] as const,
  lists: () => [...challengesKeys.all, 'list'] as const,
  list: (search: ChallengeSearch) => [...challengesKeys.lists(), search] as const,
  item: (id: string) => [...challengesKeys.all, 'item', id] as const,
};

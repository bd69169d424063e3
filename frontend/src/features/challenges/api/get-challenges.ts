import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChallengePage, ChallengeState, ChallengeView } from '@/types';
import { challengesKeys } from './keys';

export interface ChallengeSearch {
  service?: string;
  state?: ChallengeState;
  cursor?: string;
  limit?: number;
}

export function getChallenges(search: ChallengeSearch, signal?: AbortSignal): Promise<ChallengePage> {
  return api.get<ChallengePage>('/api/v1/challenges', { limit: 20, ...search }, signal);
}

export function useChallenges(search: ChallengeSearch) {
  return useQuery({
    queryKey: challengesKeys.list(search),
    queryFn: ({ signal }) => getChallenges(search, signal),
  });
}

export function getChallenge(id: string, signal?: AbortSignal): Promise<ChallengeView> {
  return api.get<ChallengeView>(`/api/v1/challenges/${encodeURIComponent(id)}`, undefined, signal);
}

export function useChallenge(id: string | null | undefined) {
  return useQuery({
    queryKey: challengesKeys.item(id ?? ''),
    queryFn: ({ signal }) => getChallenge(id!, signal),
    enabled: !!id,
  });
}

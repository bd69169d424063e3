import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IdeaView, Timeline } from '@/types';
import { ideasKeys } from './keys';

export function getIdea(id: string, signal?: AbortSignal): Promise<IdeaView> {
  return api.get<IdeaView>(`/api/v1/ideas/${encodeURIComponent(id)}`, undefined, signal);
}

export function useIdea(id: string) {
  return useQuery({
    queryKey: ideasKeys.item(id),
    queryFn: ({ signal }) => getIdea(id, signal),
  });
}

export function getTimeline(id: string, signal?: AbortSignal): Promise<Timeline> {
  return api.get<Timeline>(`/api/v1/ideas/${encodeURIComponent(id)}/status`, undefined, signal);
}

/** Every status move of the idea and its public answer, oldest first. */
export function useTimeline(id: string) {
  return useQuery({
    queryKey: ideasKeys.timeline(id),
    queryFn: ({ signal }) => getTimeline(id, signal),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { IdeaView, SupportView } from '@/types';
import { ideasKeys } from './keys';

const path = (id: string) => `/api/v1/ideas/${encodeURIComponent(id)}/supports`;

export function getSupports(id: string, signal?: AbortSignal): Promise<SupportView> {
  return api.get<SupportView>(path(id), undefined, signal);
}

export function useSupports(id: string) {
  return useQuery({
    queryKey: ideasKeys.supports(id),
    queryFn: ({ signal }) => getSupports(id, signal),
  });
}

export interface SetSupportVariables {
  id: string;
  support: boolean;
}

/** Support (POST, idempotent) or withdraw support (DELETE). */
export async function setSupport({ id, support }: SetSupportVariables): Promise<SupportView> {
  return (await apiRequest<SupportView>(path(id), { method: support ? 'POST' : 'DELETE' })).data;
}

export function useSetSupport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setSupport,
    onSuccess: (view, { id }) => {
      queryClient.setQueryData(ideasKeys.supports(id), view);
      queryClient.setQueryData<IdeaView>(ideasKeys.item(id), (idea) =>
        idea ? { ...idea, supportCount: view.supportCount } : idea,
      );
      void queryClient.invalidateQueries({ queryKey: ideasKeys.lists(), refetchType: 'none' });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IdeaView, StatusChange } from '@/types';
import { ideasKeys } from './keys';

export interface ChangeStatusVariables {
  id: string;
  change: StatusChange;
}

export function changeStatus({ id, change }: ChangeStatusVariables): Promise<IdeaView> {
  return api.post<IdeaView>(`/api/v1/ideas/${encodeURIComponent(id)}/status`, change);
}

/** Staff answer an idea, or its author withdraws it. */
export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeStatus,
    onSuccess: (idea) => {
      queryClient.setQueryData(ideasKeys.item(idea.id), idea);
      void queryClient.invalidateQueries({ queryKey: ideasKeys.timeline(idea.id) });
      void queryClient.invalidateQueries({ queryKey: ideasKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: [...ideasKeys.all, 'review-queue'] });
    },
  });
}

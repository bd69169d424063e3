import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IdeaInput, IdeaView } from '@/types';
import { ideasKeys } from './keys';

export interface CreateIdeaVariables {
  input: IdeaInput;
  idempotencyKey: string;
}

export function createIdea({ input, idempotencyKey }: CreateIdeaVariables): Promise<IdeaView> {
  return api.post<IdeaView>('/api/v1/ideas', input, idempotencyKey);
}

export function useCreateIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIdea,
    onSuccess: (idea) => {
      queryClient.setQueryData(ideasKeys.item(idea.id), idea);
      void queryClient.invalidateQueries({ queryKey: ideasKeys.lists() });
    },
  });
}

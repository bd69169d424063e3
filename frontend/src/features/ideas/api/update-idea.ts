import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { IdeaInput, IdeaView } from '@/types';
import { myIdeasKey } from './get-my-ideas';
import { ideasKeys } from './keys';

export interface UpdateIdeaVariables {
  id: string;
  /** the version the change was made to; a newer one on the server answers 412 */
  version: number;
  input: IdeaInput;
}

export function updateIdea({ id, version, input }: UpdateIdeaVariables): Promise<IdeaView> {
  return api.put<IdeaView>(`/api/v1/ideas/${encodeURIComponent(id)}`, input, version);
}

/** Its author or a co-author changes an idea while it waits for review. */
export function useUpdateIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIdea,
    onSuccess: (idea) => {
      queryClient.setQueryData(ideasKeys.item(idea.id), idea);
      void queryClient.invalidateQueries({ queryKey: ideasKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: [...ideasKeys.all, 'review-queue'] });
      void queryClient.invalidateQueries({ queryKey: myIdeasKey });
    },
    onError: (error, { id }) => {
      // someone else changed it, or review started: what we hold is out of date
      if (isApiError(error) && (error.status === 409 || error.status === 412)) {
        void queryClient.invalidateQueries({ queryKey: ideasKeys.item(id) });
      }
    },
  });
}

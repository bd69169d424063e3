// Co-authors of an idea: the author invites people by email and removes them; the person invited
// accepts, declines or later leaves. Accepted co-authors are also on the idea itself (its byline),
// so every change refreshes the idea as well as this list.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { CoauthorList, CoauthorView } from '@/types';
import { ideasKeys } from './keys';

/** The API refuses more than this many co-authors and invitations on one idea. */
export const MAX_COAUTHORS = 5;
export const EMAIL_MAX = 254;

const coauthorsPath = (ideaId: string) => `/api/v1/ideas/${encodeURIComponent(ideaId)}/coauthors`;
const coauthorPath = (ideaId: string, personId: string) => `${coauthorsPath(ideaId)}/${encodeURIComponent(personId)}`;

export function getCoauthors(ideaId: string, signal?: AbortSignal): Promise<CoauthorList> {
  return api.get<CoauthorList>(coauthorsPath(ideaId), undefined, signal);
}

/** Pending invitations are listed only for the author and the person invited. */
export function useCoauthors(ideaId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ideasKeys.coauthors(ideaId),
    queryFn: ({ signal }) => getCoauthors(ideaId, signal),
    enabled,
  });
}

function refresh(queryClient: QueryClient, ideaId: string) {
  void queryClient.invalidateQueries({ queryKey: ideasKeys.coauthors(ideaId) });
  void queryClient.invalidateQueries({ queryKey: ideasKeys.item(ideaId) });
  void queryClient.invalidateQueries({ queryKey: ideasKeys.lists(), refetchType: 'none' });
}

export interface InviteCoauthorVariables {
  ideaId: string;
  email: string;
}

export function inviteCoauthor({ ideaId, email }: InviteCoauthorVariables): Promise<CoauthorView> {
  return api.post<CoauthorView>(coauthorsPath(ideaId), { email });
}

export function useInviteCoauthor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteCoauthor,
    onSuccess: (_, { ideaId }) => void queryClient.invalidateQueries({ queryKey: ideasKeys.coauthors(ideaId) }),
  });
}

export interface CoauthorVariables {
  ideaId: string;
  personId: string;
}

export function acceptInvitation({ ideaId, personId }: CoauthorVariables): Promise<CoauthorView> {
  return api.post<CoauthorView>(`${coauthorPath(ideaId, personId)}/accept`, undefined);
}

/** The person invited accepts. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (_, { ideaId }) => refresh(queryClient, ideaId),
  });
}

export async function removeCoauthor({ ideaId, personId }: CoauthorVariables): Promise<void> {
  await apiRequest<void>(coauthorPath(ideaId, personId), { method: 'DELETE' });
}

/** The author removes a co-author or an invitation; a co-author declines or leaves. */
export function useRemoveCoauthor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeCoauthor,
    onSuccess: (_, { ideaId }) => refresh(queryClient, ideaId),
  });
}

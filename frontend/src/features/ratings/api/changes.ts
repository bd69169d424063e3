// "You said, we did": changes promised in replies to reviews, the reviewer's answer to whether
// each happened, and staff marking one as done (which asks the reviewer).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { ChangeAnswer, ChangePage, ChangeView } from '@/types';
import { ratingsKeys } from './keys';

export const CHANGES_PAGE_SIZE = 20;
export const CONFIRMATION_COMMENT_MAX = 1000;
export const CHANGE_ANSWERS: ChangeAnswer[] = ['YES', 'PARTLY', 'NO'];

export interface ChangeSearch {
  service: string;
}

export function getChanges(search: ChangeSearch, cursor?: string, signal?: AbortSignal): Promise<ChangePage> {
  return api.get<ChangePage>('/api/v1/changes', { service: search.service, limit: CHANGES_PAGE_SIZE, cursor }, signal);
}

/** Newest first, with "Show more". */
export function useChanges(search: ChangeSearch) {
  return useInfiniteQuery({
    queryKey: ratingsKeys.changeList(search),
    queryFn: ({ pageParam, signal }) => getChanges(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled: search.service !== '',
  });
}

export function loadedChanges(data: InfiniteData<ChangePage, unknown> | undefined): ChangeView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

export function getChange(id: string, signal?: AbortSignal): Promise<ChangeView> {
  return api.get<ChangeView>(`/api/v1/changes/${encodeURIComponent(id)}`, undefined, signal);
}

export function useChange(id: string) {
  return useQuery({
    queryKey: ratingsKeys.change(id),
    queryFn: ({ signal }) => getChange(id, signal),
    enabled: id !== '',
  });
}

function useChangeSaved() {
  const queryClient = useQueryClient();
  return (change: ChangeView) => {
    queryClient.setQueryData(ratingsKeys.change(change.id), change);
    void queryClient.invalidateQueries({ queryKey: ratingsKeys.changeLists() });
    // the review that made the commitment shows the change too
    void queryClient.invalidateQueries({ queryKey: ratingsKeys.service(change.service.slug) });
    void queryClient.invalidateQueries({ queryKey: ratingsKeys.item(change.ratingId) });
  };
}

export interface ConfirmChangeVariables {
  id: string;
  answer: ChangeAnswer;
  comment?: string;
}

/** The reviewer says whether the change happened; they may answer again later. */
export async function confirmChange({ id, answer, comment }: ConfirmChangeVariables): Promise<ChangeView> {
  return (
    await apiRequest<ChangeView>(`/api/v1/changes/${encodeURIComponent(id)}/confirmation`, {
      method: 'PUT',
      body: { answer, comment },
    })
  ).data;
}

export function useConfirmChange() {
  const onSaved = useChangeSaved();
  return useMutation({ mutationFn: confirmChange, onSuccess: onSaved });
}

export interface MarkDoneVariables {
  id: string;
  version: number;
}

/** Staff mark a change as done; the API then asks the reviewer whether it happened. */
export async function markChangeDone({ id, version }: MarkDoneVariables): Promise<ChangeView> {
  return (await apiRequest<ChangeView>(`/api/v1/changes/${encodeURIComponent(id)}/done`, { method: 'POST', version }))
    .data;
}

export function useMarkChangeDone() {
  const onSaved = useChangeSaved();
  return useMutation({ mutationFn: markChangeDone, onSuccess: onSaved });
}

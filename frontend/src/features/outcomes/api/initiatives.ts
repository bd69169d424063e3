// Co-production initiatives of a service: listed on the service page (latest start first, "Show
// more"), one on its own page, declared (POST with an Idempotency-Key) and changed (PUT with If-Match).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { InitiativeInput, InitiativePage, InitiativeView } from '@/types';
import { outcomesKeys } from './keys';

export const INITIATIVES_PAGE_SIZE = 10;

export function getInitiatives(service: string, cursor?: string, signal?: AbortSignal): Promise<InitiativePage> {
  return api.get<InitiativePage>('/api/v1/initiatives', { service, limit: INITIATIVES_PAGE_SIZE, cursor }, signal);
}

/** A service's initiatives (by slug or id), a page at a time. */
export function useServiceInitiatives(service: string) {
  return useInfiniteQuery({
    queryKey: outcomesKeys.serviceInitiatives(service),
    queryFn: ({ pageParam, signal }) => getInitiatives(service, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled: service !== '',
  });
}

/** Every loaded initiative once, in the API's order. */
export function loadedInitiatives(data: InfiniteData<InitiativePage, unknown> | undefined): InitiativeView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

export function getInitiative(id: string, signal?: AbortSignal): Promise<InitiativeView> {
  return api.get<InitiativeView>(`/api/v1/initiatives/${encodeURIComponent(id)}`, undefined, signal);
}

export function useInitiative(id: string, { fresh = false }: { fresh?: boolean } = {}) {
  return useQuery({
    queryKey: outcomesKeys.initiative(id),
    queryFn: ({ signal }) => getInitiative(id, signal),
    enabled: id !== '',
    // the edit form saves against the version it starts from: make it the current one
    ...(fresh ? { staleTime: 0 } : {}),
  });
}

function useInitiativeSaved() {
  const queryClient = useQueryClient();
  return (initiative: InitiativeView) => {
    queryClient.setQueryData(outcomesKeys.initiative(initiative.id), initiative);
    void queryClient.invalidateQueries({ queryKey: [...outcomesKeys.initiatives(), 'service'] });
    // a new start date or new comparison services change the figures
    void queryClient.invalidateQueries({ queryKey: outcomesKeys.evaluations() });
  };
}

export interface CreateInitiativeVariables {
  input: InitiativeInput;
  idempotencyKey: string;
}

export function createInitiative({ input, idempotencyKey }: CreateInitiativeVariables): Promise<InitiativeView> {
  return api.post<InitiativeView>('/api/v1/initiatives', input, idempotencyKey);
}

export function useCreateInitiative() {
  const onSaved = useInitiativeSaved();
  return useMutation({ mutationFn: createInitiative, onSuccess: onSaved });
}

export interface UpdateInitiativeVariables {
  id: string;
  /** the version the form started from; a newer one on the server answers 412 */
  version: number;
  input: InitiativeInput;
}

export function updateInitiative({ id, version, input }: UpdateInitiativeVariables): Promise<InitiativeView> {
  return api.put<InitiativeView>(`/api/v1/initiatives/${encodeURIComponent(id)}`, input, version);
}

export function useUpdateInitiative() {
  const onSaved = useInitiativeSaved();
  return useMutation({ mutationFn: updateInitiative, onSuccess: onSaved });
}

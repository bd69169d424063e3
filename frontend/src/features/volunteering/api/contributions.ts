// Everyday contributions: help given outside any shift, recorded against a service and one of its kinds.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { ContributionInput, ContributionKindList, ContributionPage, ContributionView } from '@/types';
import { volunteeringKeys } from './keys';

export function getContributionKinds(serviceId: string, signal?: AbortSignal): Promise<ContributionKindList> {
  return api.get<ContributionKindList>('/api/v1/contributions/kinds', { service: serviceId }, signal);
}

export function useContributionKinds(serviceId: string) {
  return useQuery({
    queryKey: volunteeringKeys.kinds(serviceId),
    queryFn: ({ signal }) => getContributionKinds(serviceId, signal),
    enabled: serviceId !== '',
  });
}

export const CONTRIBUTIONS_PAGE_SIZE = 20;

export function getMyContributions(cursor?: string, signal?: AbortSignal): Promise<ContributionPage> {
  return api.get<ContributionPage>('/api/v1/contributions', { limit: CONTRIBUTIONS_PAGE_SIZE, cursor }, signal);
}

export function useMyContributions({ enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: volunteeringKeys.contributions(),
    queryFn: ({ pageParam, signal }) => getMyContributions(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

export function loadedContributions(data: InfiniteData<ContributionPage, unknown> | undefined): ContributionView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

export interface RecordContributionVariables {
  input: ContributionInput;
  idempotencyKey: string;
}

export function recordContribution({ input, idempotencyKey }: RecordContributionVariables): Promise<ContributionView> {
  return api.post<ContributionView>('/api/v1/contributions', input, idempotencyKey);
}

export function useRecordContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordContribution,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: volunteeringKeys.contributions() });
      void queryClient.invalidateQueries({ queryKey: volunteeringKeys.hours() });
    },
  });
}

export async function deleteContribution(id: string): Promise<void> {
  await apiRequest<void>(`/api/v1/contributions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContribution,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: volunteeringKeys.contributions() });
      void queryClient.invalidateQueries({ queryKey: volunteeringKeys.hours() });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OpportunityInput, OpportunityView } from '@/types';
import { staffVolunteeringKeys } from './keys';

const path = (id: string) => `/api/v1/opportunities/${encodeURIComponent(id)}`;

export function getOpportunity(id: string, signal?: AbortSignal): Promise<OpportunityView> {
  return api.get<OpportunityView>(path(id), undefined, signal);
}

/** One opportunity; drafts only for staff of its organisation (others get 404). */
export function useOpportunity(id: string | undefined) {
  return useQuery({
    queryKey: staffVolunteeringKeys.opportunity(id ?? ''),
    queryFn: ({ signal }) => getOpportunity(id!, signal),
    enabled: !!id,
  });
}

export interface CreateOpportunityVariables {
  input: OpportunityInput;
  idempotencyKey: string;
}

export function createOpportunity({ input, idempotencyKey }: CreateOpportunityVariables): Promise<OpportunityView> {
  return api.post<OpportunityView>('/api/v1/opportunities', input, idempotencyKey);
}

export interface UpdateOpportunityVariables {
  id: string;
  /** the version the person started editing; sent as If-Match */
  version: number;
  input: OpportunityInput;
}

export function updateOpportunity({ id, version, input }: UpdateOpportunityVariables): Promise<OpportunityView> {
  return api.put<OpportunityView>(path(id), input, version);
}

/** Other pages may list or show opportunities under their own keys: mark those stale too. */
function markPublicListsStale(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: ['opportunities'], refetchType: 'none' });
}

export function useCreateOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOpportunity,
    onSuccess: (opportunity) => {
      queryClient.setQueryData(staffVolunteeringKeys.opportunity(opportunity.id), opportunity);
      markPublicListsStale(queryClient);
    },
  });
}

export function useUpdateOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOpportunity,
    onSuccess: (opportunity) => {
      queryClient.setQueryData(staffVolunteeringKeys.opportunity(opportunity.id), opportunity);
      markPublicListsStale(queryClient);
    },
  });
}

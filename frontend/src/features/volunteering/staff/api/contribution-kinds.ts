import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ContributionKindList, ContributionKindView } from '@/types';
import { staffVolunteeringKeys } from './keys';

export function getContributionKinds(serviceId: string, signal?: AbortSignal): Promise<ContributionKindList> {
  return api.get<ContributionKindList>('/api/v1/contributions/kinds', { service: serviceId }, signal);
}

/** The kinds of everyday contribution a service asks people to record, by name. */
export function useContributionKinds(serviceId: string | undefined) {
  return useQuery({
    queryKey: staffVolunteeringKeys.kinds(serviceId ?? ''),
    queryFn: ({ signal }) => getContributionKinds(serviceId!, signal),
    enabled: !!serviceId,
  });
}

export interface AddContributionKindVariables {
  serviceId: string;
  name: string;
}

/** Adds a kind; the API answers with the existing one when the name is already there. */
export function addContributionKind({ serviceId, name }: AddContributionKindVariables): Promise<ContributionKindView> {
  return api.post<ContributionKindView>('/api/v1/contributions/kinds', { serviceId, name });
}

export function useAddContributionKind() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addContributionKind,
    onSuccess: (_, { serviceId }) => {
      void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.kinds(serviceId) });
    },
  });
}

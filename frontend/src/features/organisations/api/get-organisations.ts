import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OrganisationPage } from '@/types';

export const organisationsKeys = {
  all: ['organisations'] as const,
  list: (limit: number) => [...organisationsKeys.all, 'list', limit] as const,
};

export function getOrganisations(limit = 100, signal?: AbortSignal): Promise<OrganisationPage> {
  return api.get<OrganisationPage>('/api/v1/organisations', { limit }, signal);
}

/** The first 100 organisations: enough for filters and pickers in one council's instance. */
export function useOrganisations({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationsKeys.list(100),
    queryFn: ({ signal }) => getOrganisations(100, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

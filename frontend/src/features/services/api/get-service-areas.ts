import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { StringPage } from '@/types';
import { servicesKeys } from './keys';

export function getServiceAreas(signal?: AbortSignal): Promise<StringPage> {
  return api.get<StringPage>('/api/v1/service-areas', undefined, signal);
}

export function useServiceAreas() {
  return useQuery({
    queryKey: servicesKeys.areas(),
    queryFn: ({ signal }) => getServiceAreas(signal),
    staleTime: 5 * 60_000,
  });
}

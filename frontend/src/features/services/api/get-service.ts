import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ServiceView } from '@/types';
import { servicesKeys } from './keys';

export function getService(slug: string, signal?: AbortSignal): Promise<ServiceView> {
  return api.get<ServiceView>(`/api/v1/services/${encodeURIComponent(slug)}`, undefined, signal);
}

/** By slug or id; not fetched while `slug` is empty. */
export function useService(slug: string) {
  return useQuery({
    queryKey: servicesKeys.item(slug),
    queryFn: ({ signal }) => getService(slug, signal),
    enabled: slug !== '',
  });
}

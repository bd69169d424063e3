// The services reviews belong to: a review carries only its service's id, so each distinct service is
// fetched once (by id; the API takes an id or a slug) and kept in the cache for the other reviews.
import { useQueries, useQuery } from '@tanstack/react-query';
import { getService } from '@/features/services/api/get-service';
import { servicesKeys } from '@/features/services/api/keys';
import type { ServiceView } from '@/types';

const SERVICE_STALE_MS = 5 * 60_000;

function serviceQuery(id: string) {
  return {
    queryKey: servicesKeys.item(id),
    queryFn: ({ signal }: { signal: AbortSignal }) => getService(id, signal),
    staleTime: SERVICE_STALE_MS,
  };
}

/** One service by id; not fetched while `id` is undefined. */
export function useServiceById(id: string | undefined) {
  return useQuery({ ...serviceQuery(id ?? ''), enabled: !!id });
}

/** The services with these ids, as far as loaded: id → service. */
export function useServicesById(ids: string[]): Map<string, ServiceView> {
  const distinct = [...new Set(ids)];
  return useQueries({
    queries: distinct.map(serviceQuery),
    combine: (results) => {
      const byId = new Map<string, ServiceView>();
      results.forEach((result, index) => {
        if (result.data) byId.set(distinct[index], result.data);
      });
      return byId;
    },
  });
}

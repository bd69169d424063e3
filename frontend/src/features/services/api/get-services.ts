import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ServicePage } from '@/types';
import { servicesKeys } from './keys';

export interface ServiceSearch {
  q?: string;
  organisation?: string;
  category?: string;
  area?: string;
  cursor?: string;
  limit?: number;
}

export const SERVICES_PAGE_SIZE = 20;

export function getServices(search: ServiceSearch, signal?: AbortSignal): Promise<ServicePage> {
  return api.get<ServicePage>('/api/v1/services', { limit: SERVICES_PAGE_SIZE, ...search }, signal);
}

export function useServices(search: ServiceSearch) {
  return useQuery({
    queryKey: servicesKeys.list(search),
    queryFn: ({ signal }) => getServices(search, signal),
  });
}

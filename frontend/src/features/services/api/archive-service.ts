import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ServiceView } from '@/types';
import { servicesKeys } from './keys';

export function archiveService(service: Pick<ServiceView, 'id' | 'version'>): Promise<void> {
  return api.delete(`/api/v1/services/${encodeURIComponent(service.id)}`, service.version);
}

export function useArchiveService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (service: ServiceView) => archiveService(service),
    onSuccess: (_, service) => {
      // marked stale without refetching: the page showing it is about to be left
      void queryClient.invalidateQueries({ queryKey: servicesKeys.item(service.slug), refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: servicesKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: servicesKeys.areas() });
    },
  });
}

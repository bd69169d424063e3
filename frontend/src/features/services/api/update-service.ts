import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ServiceInput, ServiceView } from '@/types';
import { servicesKeys } from './keys';

export interface UpdateServiceVariables {
  id: string;
  /** the version the person started editing; sent as If-Match */
  version: number;
  input: ServiceInput;
}

export function updateService({ id, version, input }: UpdateServiceVariables): Promise<ServiceView> {
  return api.put<ServiceView>(`/api/v1/services/${encodeURIComponent(id)}`, input, version);
}

export function useUpdateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateService,
    onSuccess: (service) => {
      queryClient.setQueryData(servicesKeys.item(service.slug), service);
      void queryClient.invalidateQueries({ queryKey: servicesKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: servicesKeys.areas() });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ServiceInput, ServiceView } from '@/types';
import { servicesKeys } from './keys';

export interface CreateServiceVariables {
  input: ServiceInput;
  idempotencyKey: string;
}

export function createService({ input, idempotencyKey }: CreateServiceVariables): Promise<ServiceView> {
  return api.post<ServiceView>('/api/v1/services', input, idempotencyKey);
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createService,
    onSuccess: (service) => {
      queryClient.setQueryData(servicesKeys.item(service.slug), service);
      void queryClient.invalidateQueries({ queryKey: servicesKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: servicesKeys.areas() });
    },
  });
}

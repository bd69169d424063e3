// A webhook's deliveries, newest first, 20 at a time ("Show more"), and sending one again: the API
// answers 202 and the attempt follows within seconds (409 when the webhook is off or it is already waiting).
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { DeliveryPage, DeliveryView } from '@/types';
import { integrationsKeys } from './keys';

export const DELIVERIES_PAGE_SIZE = 20;

export function getDeliveries(webhookId: string, cursor?: string, signal?: AbortSignal): Promise<DeliveryPage> {
  return api.get<DeliveryPage>(
    `/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries`,
    { limit: DELIVERIES_PAGE_SIZE, cursor },
    signal,
  );
}

export function useDeliveries(webhookId: string) {
  return useInfiniteQuery({
    queryKey: integrationsKeys.deliveries(webhookId),
    queryFn: ({ pageParam, signal }) => getDeliveries(webhookId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled: webhookId !== '',
  });
}

/** Every loaded delivery once, newest first as the API sends them. */
export function loadedDeliveries(data: InfiniteData<DeliveryPage, unknown> | undefined): DeliveryView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

export interface RedeliverVariables {
  webhookId: string;
  deliveryId: string;
}

export async function redeliver({ webhookId, deliveryId }: RedeliverVariables): Promise<void> {
  const path = `/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`;
  await apiRequest<void>(path, { method: 'POST' });
}

export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliver,
    onSettled: (_, __, { webhookId }) => {
      void queryClient.invalidateQueries({ queryKey: integrationsKeys.deliveries(webhookId) });
      void queryClient.invalidateQueries({ queryKey: integrationsKeys.webhook(webhookId) });
    },
  });
}

// Webhooks of my organisations (every organisation's for an admin): listed, added (the answer carries
// the signing secret, the only time it is ever sent), turned off and on (PUT with If-Match) and deleted.
// The secret is never put in the query cache: only the page that added the webhook holds it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { WebhookInput, WebhookList, WebhookView } from '@/types';
import { integrationsKeys } from './keys';

const webhookPath = (id: string) => `/api/v1/webhooks/${encodeURIComponent(id)}`;

/** The webhook as it may be kept: without its secret. */
function withoutSecret(webhook: WebhookView): WebhookView {
  return { ...webhook, secret: null as unknown as string };
}

export function getWebhooks(signal?: AbortSignal): Promise<WebhookList> {
  return api.get<WebhookList>('/api/v1/webhooks', undefined, signal);
}

export function useWebhooks({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: integrationsKeys.webhookList(), queryFn: ({ signal }) => getWebhooks(signal), enabled });
}

export function getWebhook(id: string, signal?: AbortSignal): Promise<WebhookView> {
  return api.get<WebhookView>(webhookPath(id), undefined, signal);
}

export function useWebhook(id: string) {
  return useQuery({
    queryKey: integrationsKeys.webhook(id),
    queryFn: ({ signal }) => getWebhook(id, signal),
    enabled: id !== '',
    // turning it off or on saves against the version shown: keep it the current one
    staleTime: 0,
  });
}

export interface CreateWebhookVariables {
  input: WebhookInput;
  idempotencyKey: string;
}

export function createWebhook({ input, idempotencyKey }: CreateWebhookVariables): Promise<WebhookView> {
  return api.post<WebhookView>('/api/v1/webhooks', input, idempotencyKey);
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationsKeys.webhookList() }),
  });
}

export interface UpdateWebhookVariables {
  id: string;
  /** the version shown; a newer one on the server answers 412 */
  version: number;
  input: Pick<WebhookInput, 'url' | 'events' | 'active'>;
}

export function updateWebhook({ id, version, input }: UpdateWebhookVariables): Promise<WebhookView> {
  return api.put<WebhookView>(webhookPath(id), input, version);
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWebhook,
    onSuccess: (webhook) => {
      queryClient.setQueryData(integrationsKeys.webhook(webhook.id), withoutSecret(webhook));
      void queryClient.invalidateQueries({ queryKey: integrationsKeys.webhookList() });
    },
  });
}

export async function deleteWebhook(id: string): Promise<void> {
  await apiRequest<void>(webhookPath(id), { method: 'DELETE' });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: integrationsKeys.webhook(id) });
      queryClient.removeQueries({ queryKey: integrationsKeys.deliveries(id) });
      void queryClient.invalidateQueries({ queryKey: integrationsKeys.webhookList() });
    },
  });
}

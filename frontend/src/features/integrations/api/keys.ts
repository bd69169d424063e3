// Query keys of integrations: machine clients (admins), webhooks and each webhook's deliveries.
export const integrationsKeys = {
  all: ['integrations'] as const,
  clients: () => [...integrationsKeys.all, 'clients'] as const,
  webhooks: () => [...integrationsKeys.all, 'webhooks'] as const,
  webhookList: () => [...integrationsKeys.webhooks(), 'list'] as const,
  webhook: (id: string) => [...integrationsKeys.webhooks(), 'item', id] as const,
  deliveries: (id: string) => [...integrationsKeys.webhooks(), 'deliveries', id] as const,
};

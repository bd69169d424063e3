// Machine clients (admins only): the identity provider issues them; here each is tied to the one
// organisation whose data it may touch (PUT, which also moves it), or untied (DELETE).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { IntegratorClientInput, IntegratorClientView } from '@/types';
import { integrationsKeys } from './keys';

const clientPath = (clientId: string) => `/api/v1/integrator-clients/${encodeURIComponent(clientId)}`;

export function getIntegratorClients(signal?: AbortSignal): Promise<IntegratorClientView[]> {
  return api.get<IntegratorClientView[]>('/api/v1/integrator-clients', undefined, signal);
}

export function useIntegratorClients({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: integrationsKeys.clients(), queryFn: ({ signal }) => getIntegratorClients(signal), enabled });
}

export interface TieClientVariables {
  clientId: string;
  input: IntegratorClientInput;
}

export async function tieIntegratorClient({ clientId, input }: TieClientVariables): Promise<IntegratorClientView> {
  return (await apiRequest<IntegratorClientView>(clientPath(clientId), { method: 'PUT', body: input })).data;
}

export function useTieIntegratorClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: tieIntegratorClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationsKeys.clients() }),
  });
}

export async function untieIntegratorClient(clientId: string): Promise<void> {
  await apiRequest<void>(clientPath(clientId), { method: 'DELETE' });
}

export function useUntieIntegratorClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: untieIntegratorClient,
    // also when it was already gone: show the list as it is now
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationsKeys.clients() }),
  });
}

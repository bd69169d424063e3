import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { isAdmin } from '@/lib/auth';
import type { MeView, ServicePage, ServiceView } from '@/types';
import { staffVolunteeringKeys } from './keys';

const LIMIT = 100;

async function servicesOf(organisation: string | undefined, signal?: AbortSignal): Promise<ServiceView[]> {
  const page = await api.get<ServicePage>('/api/v1/services', { organisation, limit: LIMIT }, signal);
  return page.items;
}

/**
 * The services a person may add opportunities to: those of the organisations they are staff of,
 * or (admins) the first 100 of every organisation's. By name.
 */
export async function getManagedServices(me: MeView, signal?: AbortSignal): Promise<ServiceView[]> {
  const lists = isAdmin(me)
    ? [await servicesOf(undefined, signal)]
    : await Promise.all(me.staffOf.map((organisation) => servicesOf(organisation.id, signal)));
  const byId = new Map<string, ServiceView>();
  for (const service of lists.flat()) byId.set(service.id, service);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function useManagedServices(me: MeView | null | undefined) {
  const scope = !me ? '' : isAdmin(me) ? 'all' : me.staffOf.map((o) => o.id).join(',');
  return useQuery({
    queryKey: staffVolunteeringKeys.services(scope),
    queryFn: ({ signal }) => getManagedServices(me!, signal),
    enabled: !!me && scope !== '',
    staleTime: 5 * 60_000,
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { VolunteeringSettingsView } from '@/types';
import { DEFAULT_TIME_ZONE } from '../time';
import { volunteeringKeys } from './keys';

export function getVolunteeringSettings(signal?: AbortSignal): Promise<VolunteeringSettingsView> {
  return api.get<VolunteeringSettingsView>('/api/v1/volunteering/settings', undefined, signal);
}

export function useVolunteeringSettings() {
  return useQuery({
    queryKey: volunteeringKeys.settings(),
    queryFn: ({ signal }) => getVolunteeringSettings(signal),
    staleTime: 60 * 60_000,
  });
}

/** The zone shift times are shown in; undefined while loading, the default when it cannot be read. */
export function useTimeZone(): string | undefined {
  const settings = useVolunteeringSettings();
  if (settings.isError) return DEFAULT_TIME_ZONE;
  return settings.data ? settings.data.timeZone || DEFAULT_TIME_ZONE : undefined;
}

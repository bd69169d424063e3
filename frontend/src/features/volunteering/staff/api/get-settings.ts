import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { VolunteeringSettingsView } from '@/types';
import { DEFAULT_TIME_ZONE } from '../time';
import { staffVolunteeringKeys } from './keys';

export function getVolunteeringSettings(signal?: AbortSignal): Promise<VolunteeringSettingsView> {
  return api.get<VolunteeringSettingsView>('/api/v1/volunteering/settings', undefined, signal);
}

export function useVolunteeringSettings() {
  return useQuery({
    queryKey: staffVolunteeringKeys.settings(),
    queryFn: ({ signal }) => getVolunteeringSettings(signal),
    staleTime: 60 * 60_000,
  });
}

/**
 * The time zone shift times are shown and entered in; undefined while it loads. When the settings
 * cannot be read, the default zone (Europe/London), so staff are not stuck.
 */
export function useTimeZone(): string | undefined {
  const settings = useVolunteeringSettings();
  if (settings.isError) return DEFAULT_TIME_ZONE;
  return settings.data?.timeZone || (settings.data ? DEFAULT_TIME_ZONE : undefined);
}

// What I have told the site about myself (my area and my answers), with the choices it offers.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProfileView } from '@/types';
import { aboutYouKeys } from './keys';

export const PROFILE_PATH = '/api/v1/me/profile';

export function getProfile(signal?: AbortSignal): Promise<ProfileView> {
  return api.get<ProfileView>(PROFILE_PATH, undefined, signal);
}

export function useProfile({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: aboutYouKeys.profile(),
    queryFn: ({ signal }) => getProfile(signal),
    enabled,
  });
}

/** Whether I have said anything: an area, or an answer to any question. */
export function hasDeclared(profile: ProfileView | undefined): boolean {
  if (!profile) return false;
  return profile.area != null || Object.keys(profile.answers ?? {}).length > 0;
}

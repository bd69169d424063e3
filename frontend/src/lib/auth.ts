// Who is signed in (GET /api/v1/me); a 401 means "signed out", not an error.
// Role checks here only shape the UI: the API enforces every rule.
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from './api-client';
import type { MeView } from '@/types';

export const meKey = ['me'] as const;

export async function getMe(): Promise<MeView | null> {
  try {
    return await api.get<MeView>('/api/v1/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });
}

export function isAdmin(me: MeView | null | undefined): boolean {
  return !!me?.roles.includes('admin');
}

/** Staff who can add services somewhere: admins, or members of at least one organisation. */
export function isStaff(me: MeView | null | undefined): boolean {
  return !!me && (isAdmin(me) || me.staffOf.length > 0);
}

/** Can this person manage services of the organisation? */
export function canManageOrganisation(me: MeView | null | undefined, organisationId: string): boolean {
  if (!me) return false;
  return isAdmin(me) || me.staffOf.some((organisation) => organisation.id === organisationId);
}

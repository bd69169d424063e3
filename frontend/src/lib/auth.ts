// Who is signed in (GET /api/v1/me); a 401 means "signed out", not an error.
// Role checks here only shape the UI: the API enforces every rule.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, isApiError } from './api-client';
import i18n, { type LanguageCode } from './i18n';
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

/** The language saved in the person's account ("Your account"), or null when they have not chosen one. */
export function savedLanguage(me: MeView | null | undefined): LanguageCode | null {
  // the API sends null for "not chosen", which the generated type calls a string
  const language: string | null | undefined = me?.language;
  return language === 'en' || language === 'cy' ? language : null;
}

/**
 * Opens the portal in the language saved in the account, on any device. Runs when the saved language
 * is first known or changes, not on every fetch of `me`, so a switch being saved is not undone.
 */
export function useSavedLanguage() {
  const me = useMe();
  const saved = savedLanguage(me.data);
  useEffect(() => {
    if (saved && saved !== (i18n.resolvedLanguage ?? i18n.language)) void i18n.changeLanguage(saved);
  }, [saved]);
}

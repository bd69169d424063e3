// How often I am emailed about my notifications: one choice for all, and exceptions by kind. A PUT
// replaces the exceptions, so a kind left out of byKind follows the choice for all.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { EmailFrequency, NotificationKind, NotificationSettings } from '@/types';
import { notificationsKeys } from './keys';

const path = '/api/v1/me/notification-settings';

/** The choices in the order they are offered: the recommended one first. */
export const EMAIL_FREQUENCIES: readonly EmailFrequency[] = ['DAILY_DIGEST', 'IMMEDIATE', 'NONE'];

/** Every kind that can have its own choice, in the order the form offers them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'IDEA_STATUS_CHANGED',
  'IDEA_COMMENTED',
  'COAUTHOR_INVITED',
  'COAUTHOR_ACCEPTED',
  'SIGNUP_PROMOTED',
  'SIGNUP_CHANGED',
  'SHIFT_REMINDER',
  'REVIEW_REPLIED',
  'CHANGE_CONFIRMATION_REQUESTED',
];

/** Kinds emailed at once even to people who chose the daily email: tomorrow's shift cannot wait. */
export const URGENT_KINDS: readonly NotificationKind[] = ['SIGNUP_PROMOTED', 'SIGNUP_CHANGED', 'SHIFT_REMINDER'];

export type ByKind = Partial<Record<NotificationKind, EmailFrequency>>;

/** The exceptions the API sent, keeping only kinds and choices this portal knows. */
export function exceptionsOf(settings: NotificationSettings | undefined): ByKind {
  const byKind: ByKind = {};
  for (const kind of NOTIFICATION_KINDS) {
    const frequency = settings?.byKind?.[kind];
    if (frequency && EMAIL_FREQUENCIES.includes(frequency)) byKind[kind] = frequency;
  }
  return byKind;
}

export function getNotificationSettings(signal?: AbortSignal): Promise<NotificationSettings> {
  return api.get<NotificationSettings>(path, undefined, signal);
}

export function useNotificationSettings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: notificationsKeys.settings(),
    queryFn: ({ signal }) => getNotificationSettings(signal),
    enabled,
  });
}

/** PUT without If-Match: the settings are one choice with no version, and the last choice wins. */
export async function saveNotificationSettings(settings: NotificationSettings): Promise<NotificationSettings> {
  return (await apiRequest<NotificationSettings>(path, { method: 'PUT', body: settings })).data;
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData(notificationsKeys.settings(), saved),
  });
}

// How often I am emailed about my notifications.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { EmailFrequency, NotificationSettings } from '@/types';
import { notificationsKeys } from './keys';

const path = '/api/v1/me/notification-settings';

/** The choices in the order they are offered: the recommended one first. */
export const EMAIL_FREQUENCIES: readonly EmailFrequency[] = ['DAILY_DIGEST', 'IMMEDIATE', 'NONE'];

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

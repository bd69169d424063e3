// How many of my notifications are unread, for the header. It lives in lib (like useMe) because
// the app shell shows it and shared code never imports a feature; the notifications feature
// updates the same cache entry when someone reads them.
import { useQuery } from '@tanstack/react-query';
import type { NotificationPage } from '@/types';
import { api } from './api-client';

export const notificationsRootKey = ['notifications'] as const;
export const unreadCountKey = [...notificationsRootKey, 'unread-count'] as const;

export async function getUnreadCount(signal?: AbortSignal): Promise<number> {
  // one item is the smallest page the API gives; only its unreadCount is wanted
  const page = await api.get<NotificationPage>('/api/v1/me/notifications', { limit: 1 }, signal);
  return page.unreadCount;
}

/** Unread count of the signed-in person; refreshed when the window regains focus and every minute. */
export function useUnreadCount({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) => getUnreadCount(signal),
    enabled,
    staleTime: 30_000,
    refetchOnWindowFocus: true,
    refetchInterval: enabled ? 60_000 : false,
  });
}

// My notifications, newest first, a page at a time ("Show older" appends the next page).
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NotificationPage, NotificationView } from '@/types';
import { notificationsKeys } from './keys';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationPages = InfiniteData<NotificationPage, string | undefined>;

export function getNotifications(cursor: string | undefined, signal?: AbortSignal): Promise<NotificationPage> {
  return api.get<NotificationPage>('/api/v1/me/notifications', { limit: NOTIFICATIONS_PAGE_SIZE, cursor }, signal);
}

export function useNotifications({ enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: notificationsKeys.list(),
    queryFn: ({ pageParam, signal }) => getNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

/** Every loaded notification once, in the API's order (newest first). */
export function loadedNotifications(pages: InfiniteData<NotificationPage, unknown> | undefined): NotificationView[] {
  const seen = new Set<string>();
  const items: NotificationView[] = [];
  for (const page of pages?.pages ?? []) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}

/** The unread count of the newest page the API sent: it counts all unread, not just loaded ones. */
export function latestUnreadCount(pages: InfiniteData<NotificationPage, unknown> | undefined): number | undefined {
  const all = pages?.pages ?? [];
  return all.length > 0 ? all[all.length - 1].unreadCount : undefined;
}

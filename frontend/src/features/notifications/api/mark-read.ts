// Marking notifications read: one when its link is followed, or all at once. The cached list and
// the header count change straight away, so the page never shows a read one as unread.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { NotificationPages } from './get-notifications';
import { notificationsKeys } from './keys';

export async function markRead(id: string): Promise<void> {
  await apiRequest<void>(`/api/v1/me/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export async function markAllRead(): Promise<void> {
  await apiRequest<void>('/api/v1/me/notifications/read-all', { method: 'POST' });
}

function setRead(queryClient: QueryClient, isTarget: (id: string) => boolean) {
  let newlyRead = 0;
  queryClient.setQueryData<NotificationPages>(notificationsKeys.list(), (pages) => {
    if (!pages) return pages;
    return {
      ...pages,
      pages: pages.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => {
          if (item.read || !isTarget(item.id)) return item;
          newlyRead += 1;
          return { ...item, read: true };
        }),
      })),
    };
  });
  return newlyRead;
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onMutate: (id) => {
      const newlyRead = setRead(queryClient, (candidate) => candidate === id);
      queryClient.setQueryData<number>(notificationsKeys.unreadCount(), (count) =>
        count === undefined ? count : Math.max(0, count - newlyRead),
      );
    },
    // whatever happened, ask the API again: it knows the true count
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => {
      setRead(queryClient, () => true);
      queryClient.setQueryData<number>(notificationsKeys.unreadCount(), 0);
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.all });
    },
  });
}

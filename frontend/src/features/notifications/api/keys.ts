import { notificationsRootKey, unreadCountKey } from '@/lib/unread-notifications';

export const notificationsKeys = {
  all: notificationsRootKey,
  list: () => [...notificationsRootKey, 'list'] as const,
  unreadCount: () => unreadCountKey,
  settings: () => [...notificationsRootKey, 'settings'] as const,
};

// My notifications, newest first, with "Mark all as read" and "Show older".
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { StatusMessage } from '@/components/status-message';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { latestUnreadCount, loadedNotifications, useNotifications } from '../api/get-notifications';
import { notificationsKeys } from '../api/keys';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { NotificationItem, notificationTitleId } from './notification-item';

export function NotificationList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const focusWhenShown = useFocusWhenShown();
  const [allRead, setAllRead] = useState(false);
  const [olderFailed, setOlderFailed] = useState(false);

  const items = loadedNotifications(notifications.data);
  const unread = latestUnreadCount(notifications.data);

  // the list knows the true count: keep the header's count in step with it
  useEffect(() => {
    if (unread !== undefined) queryClient.setQueryData(notificationsKeys.unreadCount(), unread);
  }, [unread, queryClient]);

  async function showOlder() {
    if (notifications.isFetchingNextPage) return;
    const shown = items.length;
    setOlderFailed(false);
    const result = await notifications.fetchNextPage();
    if (result.isError) return setOlderFailed(true);
    const next = loadedNotifications(result.data)[shown];
    if (next) focusWhenShown(notificationTitleId(next.id));
  }

  async function readAll() {
    if (markAllRead.isPending) return;
    setAllRead(false);
    try {
      await markAllRead.mutateAsync();
      setAllRead(true);
    } catch {
      // the error is shown from markAllRead.isError
    }
  }

  let status = '';
  if (notifications.isPending) status = t('notifications.loading');
  else if (notifications.isError) status = t('notifications.error');
  else if (items.length === 0) status = t('notifications.empty');
  else if (notifications.isFetchingNextPage) status = t('notifications.loadingOlder');
  else if (olderFailed) status = t('notifications.olderError');
  else status = t('notifications.showing', { count: items.length });

  return (
    <>
      {allRead ? (
        <FocusOnMount>
          <NotificationBanner kind="success" heading={t('notifications.allMarkedRead')} />
        </FocusOnMount>
      ) : null}
      {markAllRead.isError ? (
        <p className="govuk-error-message" role="alert">
          {t('notifications.markAllError')}
        </p>
      ) : null}
      <StatusMessage>
        <p className={notifications.isError || olderFailed ? 'govuk-error-message' : 'govuk-body'}>{status}</p>
      </StatusMessage>
      {unread !== undefined && unread > 0 ? (
        <>
          <p className="govuk-body">{t('notifications.unreadSummary', { count: unread })}</p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-disabled={markAllRead.isPending ? true : undefined}
            onClick={() => void readAll()}
          >
            {t('notifications.markAllRead')}
          </button>
        </>
      ) : null}
      {items.length === 0 && notifications.isSuccess ? <p className="govuk-body">{t('notifications.emptyHint')}</p> : null}
      {items.length > 0 ? (
        <ul className="app-card-list">
          {items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onFollow={(followed) => {
                if (!followed.read) markRead.mutate(followed.id);
              }}
            />
          ))}
        </ul>
      ) : null}
      {notifications.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={notifications.isFetchingNextPage ? true : undefined}
          onClick={() => void showOlder()}
        >
          {t('notifications.showOlder')}
        </button>
      ) : null}
    </>
  );
}

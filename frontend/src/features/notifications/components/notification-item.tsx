// One notification: what kind of thing happened, a link to where it happened, and when.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '@/lib/format';
import type { NotificationView } from '@/types';

// Kinds with words of their own (the shift kinds are coming with volunteering); any other is an "Update",
// so a kind the API adds before the portal knows it still reads well.
const KNOWN_KINDS: readonly string[] = [
  'IDEA_STATUS_CHANGED',
  'IDEA_COMMENTED',
  'COAUTHOR_INVITED',
  'COAUTHOR_ACCEPTED',
  'SIGNUP_PROMOTED',
  'SIGNUP_CHANGED',
  'REVIEW_REPLIED',
  'CHANGE_CONFIRMATION_REQUESTED',
];

// The API writes a status change as "ACCEPTED: the answer"; the status is shown in the reader's language.
const STATUS_DETAIL =
  /^(SUBMITTED|UNDER_REVIEW|ACCEPTED|IN_PROGRESS|IMPLEMENTED|NOT_TAKEN_FORWARD|WITHDRAWN)(?::\s*([\s\S]*))?$/;

function NotificationDetail({ notification }: { notification: NotificationView }) {
  const { t } = useTranslation();
  const { detail } = notification;
  if (!detail) return null;
  const status = notification.kind === 'IDEA_STATUS_CHANGED' ? STATUS_DETAIL.exec(detail.trim()) : null;
  if (!status) return <p className="govuk-body govuk-!-margin-bottom-1 app-break-word">{detail}</p>;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {t('notifications.newStatus', { status: t(`ideaStatus.${status[1]}`) })}
      </p>
      {status[2] ? <p className="govuk-body govuk-!-margin-bottom-1 app-break-word app-excerpt">{status[2]}</p> : null}
    </>
  );
}

/** Only a path inside the portal is followed; anything else (a full URL, `javascript:`) is shown as text. */
export function isPortalPath(link: string | null | undefined): link is string {
  return !!link && link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\');
}

/** The element id of a notification's title, so "Show older" can move focus to the first new one. */
export function notificationTitleId(id: string) {
  return `notification-${id}`;
}

interface NotificationItemProps {
  notification: NotificationView;
  onFollow: (notification: NotificationView) => void;
}

export function NotificationItem({ notification, onFollow }: NotificationItemProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const kind = KNOWN_KINDS.includes(notification.kind) ? notification.kind : 'OTHER';
  const titleId = notificationTitleId(notification.id);
  return (
    <li className={`app-card${notification.read ? '' : ' app-card--unread'}`}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {t(`notifications.kinds.${kind}`)}
        {notification.read ? null : (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--blue">{t('notifications.unread')}</strong>
          </>
        )}
      </p>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1 app-break-word">
        {isPortalPath(notification.link) ? (
          <Link className="govuk-link" id={titleId} to={notification.link} onClick={() => onFollow(notification)}>
            {notification.title}
          </Link>
        ) : (
          <span id={titleId} tabIndex={-1}>
            {notification.title}
          </span>
        )}
      </h2>
      <NotificationDetail notification={notification} />
      <p className="govuk-body-s govuk-!-margin-bottom-0 app-secondary-text">
        <time dateTime={notification.createdAt}>{formatDate(notification.createdAt)}</time>
      </p>
    </li>
  );
}

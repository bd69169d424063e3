// Signed-in people: what has happened to their ideas, and how often we email them about it.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { EmailSettingsForm } from '@/features/notifications/components/email-settings-form';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { useMe } from '@/lib/auth';
import { SignInNotice } from '../services/access-notice';

export function NotificationsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('notifications.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('notifications.signInTitle')} body={t('notifications.signInBody')} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('notifications.title')}</PageHeading>
        <p className="govuk-body">{t('notifications.intro')}</p>
        <NotificationList />
      </div>
      <section className="govuk-grid-column-one-third" aria-labelledby="email-settings-heading">
        <h2 className="govuk-heading-m" id="email-settings-heading">
          {t('notifications.email.heading')}
        </h2>
        <EmailSettingsForm email={me.data.email} perKindTo="/account" />
      </section>
    </div>
  );
}

// Signed-in people: their account. The name others see and their language, how often we email them
// (for each kind of notification too), links to what else they have told us, downloading everything
// we hold about them, and erasing their account.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useAccount } from '@/features/account/api/get-account';
import { AccountDetails } from '@/features/account/components/account-details';
import { DownloadData } from '@/features/account/components/download-data';
import { EraseAccountSection } from '@/features/account/components/erase-account-section';
import { EmailSettingsForm } from '@/features/notifications/components/email-settings-form';
import { useMe } from '@/lib/auth';
import { useFormatDate } from '@/lib/format';
import { SignInNotice } from '../services/access-notice';

export function AccountRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const account = useAccount({ enabled: !!me.data });
  const formatDate = useFormatDate();
  useDocumentTitle(t('account.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('account.signInTitle')} body={t('account.signInBody')} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('account.title')}</PageHeading>
        <p className="govuk-body">{t('account.intro')}</p>

        {account.isPending || account.isError ? (
          <StatusMessage>
            <p className={account.isError ? 'govuk-error-message' : 'govuk-body'}>
              {account.isError ? t('account.loadError') : t('account.loading')}
            </p>
          </StatusMessage>
        ) : (
          <>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('account.email')}</dt>
                <dd className="govuk-summary-list__value app-break-word">
                  {account.data.email}
                  <div className="govuk-hint govuk-!-margin-bottom-0">{t('account.emailHint')}</div>
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('account.joined')}</dt>
                <dd className="govuk-summary-list__value">
                  <time dateTime={account.data.createdAt}>{formatDate(account.data.createdAt)}</time>
                </dd>
              </div>
            </dl>
            <AccountDetails account={account.data} />
          </>
        )}

        <section aria-labelledby="account-email-heading" className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id="account-email-heading">
            {t('account.emailSettingsHeading')}
          </h2>
          <EmailSettingsForm email={me.data.email} perKind />
        </section>

        <section aria-labelledby="account-more-heading" className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id="account-more-heading">
            {t('account.more.heading')}
          </h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/about-you">
                {t('account.more.aboutYou')}
              </Link>
              <p className="govuk-body govuk-!-margin-bottom-2">{t('account.more.aboutYouHint')}</p>
            </li>
            <li>
              <Link className="govuk-link" to="/notifications">
                {t('account.more.notifications')}
              </Link>
              <p className="govuk-body govuk-!-margin-bottom-2">{t('account.more.notificationsHint')}</p>
            </li>
          </ul>
        </section>

        <DownloadData />
        <EraseAccountSection />
      </div>
    </div>
  );
}

// Signed-in people: what they choose to tell us about themselves (their area, age and disability),
// with what it is used for said before they are asked anything.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { AboutYou } from '@/features/about-you/components/about-you';
import { useMe } from '@/lib/auth';
import { SignInNotice } from '../services/access-notice';

export function AboutYouRoute() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('aboutYou.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('aboutYou.signInTitle')} body={t('aboutYou.signInBody')} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('aboutYou.heading')}</PageHeading>
        <p className="govuk-body-l">{t('aboutYou.use.optional')}</p>
        <p className="govuk-body">{t('aboutYou.use.purpose')}</p>
        <p className="govuk-body">{t('aboutYou.use.never')}</p>
        <AboutYou />
      </div>
    </div>
  );
}

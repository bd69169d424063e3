// /account/erase: the step before erasing an account. It says again exactly what happens, offers the
// download first, and erases nothing until the person ticks that they understand.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { EXPORT_PATH } from '@/features/account/api/get-account';
import { EraseAccountForm } from '@/features/account/components/erase-account-form';
import { CannotBeUndone, ErasureConsequences } from '@/features/account/components/erasure-consequences';
import { useMe } from '@/lib/auth';
import { SignInNotice } from '../services/access-notice';

export function EraseAccountRoute() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('account.erase.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('account.erase.signInTitle')} body={t('account.erase.signInBody')} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('account.erase.title')}</PageHeading>
        <CannotBeUndone />
        <ErasureConsequences />
        <p className="govuk-body">{t('account.erase.downloadFirst')}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={EXPORT_PATH} download="coproduce-my-data.json">
            {t('account.erase.downloadLink')}
          </a>
        </p>
        <EraseAccountForm cancelTo="/account" />
      </div>
    </div>
  );
}

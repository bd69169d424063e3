// "Erase your account" on the account page: what happens, then a button to the confirmation step.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CannotBeUndone, ErasureConsequences } from './erasure-consequences';

export const ERASE_PATH = '/account/erase';

export function EraseAccountSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="erase-account-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="erase-account-heading">
        {t('account.erase.heading')}
      </h2>
      <CannotBeUndone />
      <ErasureConsequences />
      <Link to={ERASE_PATH} role="button" draggable="false" className="govuk-button govuk-button--warning">
        {t('account.erase.start')}
      </Link>
    </section>
  );
}

// Exactly what erasing an account does, said the same way on the account page and the confirmation step.
import { useTranslation } from 'react-i18next';

const CONSEQUENCES = ['personalData', 'contentStays', 'countsStay', 'shifts', 'signedOut', 'newAccount'] as const;

export function ErasureConsequences() {
  const { t } = useTranslation();
  return (
    <>
      <p className="govuk-body">{t('account.erase.whatHappens')}</p>
      <ul className="govuk-list govuk-list--bullet">
        {CONSEQUENCES.map((consequence) => (
          <li key={consequence}>{t(`account.erase.consequences.${consequence}`)}</li>
        ))}
      </ul>
    </>
  );
}

/** GOV.UK warning text: erasing cannot be undone. */
export function CannotBeUndone() {
  const { t } = useTranslation();
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t('app.warning')}</span>
        {t('account.erase.warning')}
      </strong>
    </div>
  );
}

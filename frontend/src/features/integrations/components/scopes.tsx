// What admins cannot do here (issue clients, grant scopes: the identity provider does) and what each
// scope allows a client to do.
import { useTranslation } from 'react-i18next';
import { SCOPES } from '../integrations';

export function ScopesExplained() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="scopes-heading">
      <h2 className="govuk-heading-m" id="scopes-heading">
        {t('integrations.scopes.heading')}
      </h2>
      <p className="govuk-body">{t('integrations.scopes.intro')}</p>
      <p className="govuk-body">{t('integrations.scopes.listIntro')}</p>
      <dl className="govuk-summary-list">
        {SCOPES.map(({ scope, key }) => (
          <div className="govuk-summary-list__row" key={scope}>
            <dt className="govuk-summary-list__key">
              <code className="app-code app-break-word">{scope}</code>
            </dt>
            <dd className="govuk-summary-list__value">{t(`integrations.scopes.${key}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

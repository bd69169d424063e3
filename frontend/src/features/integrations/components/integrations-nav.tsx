// Admins manage both parts of integrations (machine clients and webhooks): links between the two.
// Staff only manage webhooks, so they do not see it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CLIENTS_PATH, WEBHOOKS_PATH } from '../integrations';

export function IntegrationsNav({ current }: { current: 'clients' | 'webhooks' }) {
  const { t } = useTranslation();
  const sections = [
    { key: 'clients', to: CLIENTS_PATH, label: t('integrations.sections.clients') },
    { key: 'webhooks', to: WEBHOOKS_PATH, label: t('integrations.sections.webhooks') },
  ] as const;
  return (
    <nav aria-label={t('integrations.sectionsLabel')} className="app-subnav">
      <ul className="app-subnav__list">
        {sections.map((section) => (
          <li key={section.key} className="app-subnav__item">
            <Link
              className="govuk-link govuk-link--no-visited-state"
              to={section.to}
              aria-current={current === section.key ? 'page' : undefined}
            >
              {current === section.key ? <strong>{section.label}</strong> : section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

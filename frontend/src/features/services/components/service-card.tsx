import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceView } from '@/types';

/** One service in a list of results. */
export function ServiceCard({ service }: { service: ServiceView }) {
  const { t } = useTranslation();
  return (
    <li className="app-card">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word">
        <Link className="govuk-link" to={`/services/${encodeURIComponent(service.slug)}`}>
          {service.name}
        </Link>
      </h3>
      {service.active ? null : (
        <p className="govuk-!-margin-bottom-2">
          <strong className="govuk-tag govuk-tag--grey">{t('directory.notRunning')}</strong>
        </p>
      )}
      <p className="govuk-body govuk-!-margin-bottom-2 app-break-word">{service.summary}</p>
      <dl className="app-card__meta">
        <div>
          <dt>{t('directory.cardOrganisation')}:</dt> <dd>{service.organisation.name}</dd>
        </div>
        <div>
          <dt>{t('directory.cardCategory')}:</dt> <dd>{t(`categories.${service.category}`)}</dd>
        </div>
        <div>
          <dt>{t('directory.cardArea')}:</dt> <dd>{service.areaServed}</dd>
        </div>
      </dl>
    </li>
  );
}

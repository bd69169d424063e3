// On a service page: the way to its record of what people did with it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { serviceRecordPath } from '../paths';

export function ServiceRecordLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <p className="govuk-body govuk-!-margin-top-8">
      <Link className="govuk-link govuk-!-font-weight-bold" to={serviceRecordPath(slug)}>
        {t('dashboard.serviceLink')}
      </Link>
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';

/** For unknown addresses, and for services that do not exist or were archived. */
export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p className="govuk-body">{t('notFound.typed')}</p>
        <p className="govuk-body">{t('notFound.pasted')}</p>
        <p className="govuk-body">{t('notFound.archived')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    </div>
  );
}

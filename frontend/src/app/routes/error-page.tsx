import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';

/** Shown when a page fails unexpectedly; never shows technical details. */
export function ErrorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errorPage.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('errorPage.title')}</PageHeading>
        <p className="govuk-body">{t('errorPage.body')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            {t('errorPage.home')}
          </Link>
        </p>
      </div>
    </div>
  );
}

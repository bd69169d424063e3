// A staff form opened without ?service=: say where to start instead.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';

export function ChooseServiceFirst({ title }: { title: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{title}</PageHeading>
        <p className="govuk-body">{t('outcomes.access.chooseServiceBody')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/services">
            {t('outcomes.access.findService')}
          </Link>
        </p>
      </div>
    </div>
  );
}

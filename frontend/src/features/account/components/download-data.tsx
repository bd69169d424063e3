// "Download your data": a plain link to the export, which the API sends as an attachment. The session
// cookie goes with it, so no script is needed.
import { useTranslation } from 'react-i18next';
import { EXPORT_PATH } from '../api/get-account';

export function DownloadData() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="download-data-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="download-data-heading">
        {t('account.download.heading')}
      </h2>
      <p className="govuk-body">{t('account.download.intro')}</p>
      <p className="govuk-body">{t('account.download.format')}</p>
      <a
        href={EXPORT_PATH}
        download="coproduce-my-data.json"
        role="button"
        draggable="false"
        className="govuk-button govuk-button--secondary"
      >
        {t('account.download.button')}
      </a>
    </section>
  );
}

// /open-data: the datasets anyone may reuse, their licence, downloads as CSV and JSON, and each
// dataset's data dictionary. Aggregates only: nothing about fewer than 5 people is published.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { openDataUrl, useOpenData } from '@/features/outcomes-dashboard/api/dashboard';
import type { OpenDataset } from '@/types';

const datasetHeadingId = (name: string) => `dataset-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}-heading`;

function Dataset({ dataset }: { dataset: OpenDataset & { name: string } }) {
  const { t } = useTranslation();
  const fields = dataset.fields ?? [];
  return (
    <section aria-labelledby={datasetHeadingId(dataset.name)} className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m app-break-word" id={datasetHeadingId(dataset.name)}>
        {dataset.name}
      </h2>
      {dataset.rows ? <p className="govuk-body">{dataset.rows}</p> : null}
      <ul className="govuk-list app-downloads">
        <li>
          <a className="govuk-link" href={openDataUrl(dataset.name, 'csv')} download>
            {t('dashboard.openData.downloadCsv')}
            <span className="govuk-visually-hidden"> {t('dashboard.openData.ofDataset', { name: dataset.name })}</span>
          </a>
        </li>
        <li>
          <a className="govuk-link" href={openDataUrl(dataset.name, 'json')} download>
            {t('dashboard.openData.downloadJson')}
            <span className="govuk-visually-hidden"> {t('dashboard.openData.ofDataset', { name: dataset.name })}</span>
          </a>
        </li>
      </ul>
      {fields.length > 0 ? (
        <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {t('dashboard.openData.dictionaryCaption', { name: dataset.name })}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('dashboard.openData.field')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('dashboard.openData.type')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('dashboard.openData.description')}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {fields.map((field) => (
              <tr className="govuk-table__row" key={field.name}>
                <th scope="row" className="govuk-table__header">
                  <code className="app-code app-break-word">{field.name}</code>
                </th>
                <td className="govuk-table__cell app-break-word">{field.type}</td>
                <td className="govuk-table__cell">{field.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function OpenDataRoute() {
  const { t } = useTranslation();
  const catalogue = useOpenData();
  const data = catalogue.data;
  const datasets = (data?.datasets ?? []).filter((dataset): dataset is OpenDataset & { name: string } => !!dataset.name);
  useDocumentTitle(t('dashboard.openData.title'));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('dashboard.openData.title')}</PageHeading>
        <p className="govuk-body">{t('dashboard.openData.intro')}</p>
        <p className="govuk-body">{t('dashboard.openData.privacy')}</p>
        <StatusMessage>
          {!data ? (
            <p className={catalogue.isError ? 'govuk-error-message' : 'govuk-body'}>
              {catalogue.isError ? t('dashboard.openData.error') : t('dashboard.openData.loading')}
            </p>
          ) : null}
        </StatusMessage>
        {data ? (
          <>
            <h2 className="govuk-heading-m">{t('dashboard.openData.licenceHeading')}</h2>
            <p className="govuk-body">{t('dashboard.openData.licenceIntro')}</p>
            <p className="govuk-body">
              {data.licenceUrl ? (
                <a className="govuk-link" href={data.licenceUrl} rel="license">
                  {data.licence ?? data.licenceUrl}
                </a>
              ) : (
                data.licence
              )}
            </p>
            {datasets.length === 0 ? <p className="govuk-body">{t('dashboard.openData.none')}</p> : null}
            {datasets.map((dataset) => (
              <Dataset key={dataset.name} dataset={dataset} />
            ))}
          </>
        ) : null}
      </div>
    </div>
  );
}

// /services/:slug/record: what people did with a service in a period, Co by Co, with the balance of
// voice and action month by month. Anyone can read it; the period lives in the URL.
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useServiceRecord } from '@/features/outcomes-dashboard/api/dashboard';
import { PeriodLine, RefreshedAt } from '@/features/outcomes-dashboard/components/counted-at';
import { PeriodSelector } from '@/features/outcomes-dashboard/components/period-selector';
import { ServiceRecord } from '@/features/outcomes-dashboard/components/record-sections';
import { OPEN_DATA_PATH, OVERVIEW_PATH, servicePath } from '@/features/outcomes-dashboard/paths';
import { periodFromParams, periodHref } from '@/features/outcomes-dashboard/period';
import { isApiError } from '@/lib/api-client';
import { NotFoundRoute } from '../not-found';

export function ServiceRecordRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const period = periodFromParams(params);
  const record = useServiceRecord(slug, period);
  const data = record.data;
  const badPeriod = record.isError && isApiError(record.error) && record.error.status === 400;
  useDocumentTitle(
    data ? t('dashboard.record.title', { service: data.service.name }) : record.isPending ? t('dashboard.loading') : t('dashboard.record.titleGeneric'),
  );

  if (record.isError && isApiError(record.error) && record.error.status === 404) return <NotFoundRoute />;

  if (!data && !badPeriod) {
    return (
      <StatusMessage>
        <p className={record.isError ? 'govuk-error-message' : 'govuk-body'}>
          {record.isError ? t('dashboard.error') : t('dashboard.loading')}
        </p>
      </StatusMessage>
    );
  }

  return (
    <>
      <Link className="govuk-back-link" to={servicePath(data?.service.slug ?? slug)}>
        {data ? t('dashboard.record.back', { service: data.service.name }) : t('dashboard.record.backGeneric')}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>
            {data ? (
              <span className="app-break-word">{t('dashboard.record.title', { service: data.service.name })}</span>
            ) : (
              t('dashboard.record.titleGeneric')
            )}
          </PageHeading>
          <p className="govuk-body">{t('dashboard.record.intro')}</p>
          {data ? <PeriodLine from={data.from} to={data.to} /> : null}
          <StatusMessage>{badPeriod ? <p className="govuk-error-message">{t('dashboard.badPeriod')}</p> : null}</StatusMessage>
          <PeriodSelector key={periodHref('', period)} period={period} />
          {data ? (
            <>
              <ServiceRecord record={data} />
              <RefreshedAt at={data.refreshedAt} />
            </>
          ) : null}
          <h2 className="govuk-heading-m govuk-!-margin-top-8">{t('dashboard.record.moreHeading')}</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={OVERVIEW_PATH}>
                {t('dashboard.record.allServices')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={OPEN_DATA_PATH}>
                {t('dashboard.openData.link')}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </>
  );
}

// One outcome indicator: what it measures, its observations as a chart and a table, and for staff of
// the service's organisation two ways to add observations: one at a time, or a CSV file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useIndicator } from '@/features/outcomes/api/indicators';
import { CsvUploadForm } from '@/features/outcomes/components/csv-upload-form';
import { Loading } from '@/features/outcomes/components/loading';
import { ObservationForm } from '@/features/outcomes/components/observation-form';
import { Observations } from '@/features/outcomes/components/observations';
import { useObservationSpan } from '@/features/outcomes/components/service-outcomes';
import { serviceOutcomesPath, servicePath, useOutcomeFormat } from '@/features/outcomes/outcomes';
import { useService } from '@/features/services/api/get-service';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import { paragraphs } from '@/lib/format';
import type { IndicatorView, ServiceView } from '@/types';
import { NotFoundRoute } from '../not-found';
import { readOutcomesFlash } from './flash';

function IndicatorDetails({ indicator, service }: { indicator: IndicatorView; service: ServiceView }) {
  const { t } = useTranslation();
  const span = useObservationSpan();
  const description = paragraphs(indicator.description);
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.indicator.service')}</dt>
        <dd className="govuk-summary-list__value">
          <Link className="govuk-link" to={servicePath(service.slug)}>
            {service.name}
          </Link>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.indicator.unit')}</dt>
        <dd className="govuk-summary-list__value app-break-word">{indicator.unit}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.indicator.better')}</dt>
        <dd className="govuk-summary-list__value">{t(`outcomes.better.${indicator.better}`)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.indicator.description')}</dt>
        <dd className="govuk-summary-list__value">
          {description.length > 0
            ? description.map((paragraph, index) => (
                <p key={index} className="govuk-body">
                  {paragraph}
                </p>
              ))
            : t('outcomes.indicator.noDescription')}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.indicator.observations')}</dt>
        <dd className="govuk-summary-list__value">{span(indicator)}</dd>
      </div>
    </dl>
  );
}

export function IndicatorRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const indicator = useIndicator(id);
  const service = useService(indicator.data?.serviceId ?? '');
  const flash = readOutcomesFlash(location.state);
  useDocumentTitle(indicator.data?.name ?? (indicator.isPending ? t('outcomes.loading') : undefined));

  if (indicator.isError && isApiError(indicator.error) && indicator.error.status === 404) return <NotFoundRoute />;
  if (!indicator.data || !service.data) return <Loading failed={indicator.isError || service.isError} />;
  return (
    <IndicatorPage
      indicator={indicator.data}
      service={service.data}
      canManage={canManageOrganisation(me.data, service.data.organisation.id)}
      createdName={flash?.kind === 'indicatorCreated' ? flash.name : null}
    />
  );
}

interface IndicatorPageProps {
  indicator: IndicatorView;
  service: ServiceView;
  canManage: boolean;
  createdName: string | null;
}

function IndicatorPage({ indicator, service, canManage, createdName }: IndicatorPageProps) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  // the last save: how many observations, counted so each save shows (and focuses) a new banner
  const [saved, setSaved] = useState<{ count: number; total: number; n: number } | null>(null);

  function onSaved(count: number, updated: IndicatorView) {
    setSaved((current) => ({ count, total: updated.observationCount, n: (current?.n ?? 0) + 1 }));
  }

  return (
    <>
      <Link className="govuk-back-link" to={serviceOutcomesPath(service.slug)}>
        {t('outcomes.backTo', { name: service.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {saved ? (
            <FocusOnMount key={saved.n}>
              <NotificationBanner
                kind="success"
                heading={t('outcomes.flash.observationsSaved', { count: saved.count, formatted: format.count(saved.count) })}
              >
                <p className="govuk-body">
                  {t('outcomes.flash.observationsSavedBody', {
                    count: saved.total,
                    formatted: format.count(saved.total),
                    name: indicator.name,
                  })}
                </p>
              </NotificationBanner>
            </FocusOnMount>
          ) : createdName ? (
            <NotificationBanner kind="success" heading={t('outcomes.flash.indicatorCreated')}>
              <p className="govuk-body">{t('outcomes.flash.indicatorCreatedBody', { name: createdName })}</p>
            </NotificationBanner>
          ) : null}
          <PageHeading caption={<span className="app-break-word">{service.name}</span>}>
            <span className="app-break-word">{indicator.name}</span>
          </PageHeading>
          <p className="govuk-body">{t('outcomes.indicator.intro')}</p>
          <IndicatorDetails indicator={indicator} service={service} />
          <Observations indicator={indicator} />
          {canManage ? (
            <section aria-labelledby="record-heading" className="govuk-!-margin-top-8">
              <h2 className="govuk-heading-m" id="record-heading">
                {t('outcomes.record.heading')}
              </h2>
              <p className="govuk-body">{t('outcomes.record.intro')}</p>
              <ObservationForm indicator={indicator} onSaved={onSaved} />
              <CsvUploadForm indicator={indicator} onSaved={onSaved} />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}

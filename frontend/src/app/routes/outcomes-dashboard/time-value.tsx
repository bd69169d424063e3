// /services/:slug/time-value: the value a service's record puts on an hour of volunteers' time, and
// the hours its staff spent supporting volunteers. Anyone can read it; staff of the organisation that
// runs the service (or an admin: the API says canEdit) choose the service's own hourly value or the
// site's, and record or remove a month's staff hours. Each change shows a success banner, focused.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useTimeValue } from '@/features/outcomes-dashboard/api/time-value';
import { HourlyValueForm } from '@/features/outcomes-dashboard/components/hourly-value-form';
import { StaffHoursForm, StaffHoursTable } from '@/features/outcomes-dashboard/components/staff-hours';
import { useDashboardFormat } from '@/features/outcomes-dashboard/format';
import { serviceRecordPath } from '@/features/outcomes-dashboard/paths';
import { isApiError } from '@/lib/api-client';
import type { TimeValueView } from '@/types';
import { NotFoundRoute } from '../not-found';

type Saved =
  | { kind: 'ownValue' | 'siteValue'; value: number }
  | { kind: 'recorded' | 'removed'; month: string };

function SavedBanner({ saved, currency }: { saved: Saved; currency: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const heading =
    'month' in saved
      ? t(`dashboard.timeValue.saved.${saved.kind}`, { month: format.month(saved.month) })
      : t(`dashboard.timeValue.saved.${saved.kind}`, { value: format.money(saved.value, currency) });
  return <NotificationBanner kind="success" heading={heading} />;
}

function ValueInUse({ view }: { view: TimeValueView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const currency = view.currency || 'GBP';
  const own = view.serviceHourlyValue != null;
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('dashboard.timeValue.inUse')}</dt>
        <dd className="govuk-summary-list__value">
          {t(own ? 'dashboard.timeValue.inUseOwn' : 'dashboard.timeValue.inUseSite', {
            value: format.money(view.hourlyValue, currency),
          })}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('dashboard.timeValue.siteValue')}</dt>
        <dd className="govuk-summary-list__value">
          {t('dashboard.timeValue.perHour', { value: format.money(view.instanceHourlyValue, currency) })}
        </dd>
      </div>
    </dl>
  );
}

export function TimeValueRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const timeValue = useTimeValue(slug);
  const view = timeValue.data;
  // the last change, counted so each one shows (and focuses) a new banner
  const [saved, setSaved] = useState<{ saved: Saved; n: number } | null>(null);
  useDocumentTitle(
    view
      ? t('dashboard.timeValue.documentTitle', { service: view.service.name })
      : timeValue.isPending
        ? t('dashboard.loading')
        : t('dashboard.timeValue.title'),
  );

  if (timeValue.isError && isApiError(timeValue.error) && timeValue.error.status === 404) return <NotFoundRoute />;
  if (!view) {
    return (
      <StatusMessage>
        <p className={timeValue.isError ? 'govuk-error-message' : 'govuk-body'}>
          {timeValue.isError ? t('dashboard.timeValue.error') : t('dashboard.loading')}
        </p>
      </StatusMessage>
    );
  }

  const show = (next: Saved) => setSaved((current) => ({ saved: next, n: (current?.n ?? 0) + 1 }));
  const onValueSaved = (updated: TimeValueView) =>
    show(
      updated.serviceHourlyValue == null
        ? { kind: 'siteValue', value: updated.instanceHourlyValue }
        : { kind: 'ownValue', value: updated.serviceHourlyValue },
    );

  return (
    <>
      <Link className="govuk-back-link" to={serviceRecordPath(view.service.slug)}>
        {t('dashboard.timeValue.back', { service: view.service.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {saved ? (
            <FocusOnMount key={saved.n}>
              <SavedBanner saved={saved.saved} currency={view.currency || 'GBP'} />
            </FocusOnMount>
          ) : null}
          <PageHeading caption={<span className="app-break-word">{view.service.name}</span>}>
            {t('dashboard.timeValue.title')}
          </PageHeading>
          <p className="govuk-body">{t('dashboard.timeValue.intro')}</p>
          <ValueInUse view={view} />
          {view.canEdit ? (
            <HourlyValueForm view={view} onSaved={onValueSaved} />
          ) : (
            <p className="govuk-body">{t('dashboard.timeValue.readOnly')}</p>
          )}

          <section aria-labelledby="staff-hours-heading" className="govuk-!-margin-top-8">
            <h2 className="govuk-heading-m" id="staff-hours-heading">
              {t('dashboard.timeValue.staffHeading')}
            </h2>
            <p className="govuk-body">{t('dashboard.timeValue.staffIntro')}</p>
            <StaffHoursTable
              view={view}
              canEdit={view.canEdit}
              onRemoved={(month) => show({ kind: 'removed', month })}
            />
            {view.canEdit ? <StaffHoursForm view={view} onRecorded={(month) => show({ kind: 'recorded', month })} /> : null}
          </section>
        </div>
      </div>
    </>
  );
}

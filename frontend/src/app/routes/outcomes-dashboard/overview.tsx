// /outcomes: what people did across every service in a period, Co by Co, with the balance of voice
// and action month by month, then each service's headline figures with a link to its own record.
// Anyone can read it; the period lives in the URL.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useOverview } from '@/features/outcomes-dashboard/api/dashboard';
import { BalanceTrend } from '@/features/outcomes-dashboard/components/balance-trend';
import { PeriodLine, RefreshedAt } from '@/features/outcomes-dashboard/components/counted-at';
import { Figures, NotEnough, type Figure } from '@/features/outcomes-dashboard/components/figures';
import { PeriodSelector } from '@/features/outcomes-dashboard/components/period-selector';
import { ValueOfTime } from '@/features/outcomes-dashboard/components/record-sections';
import { ServicesTable } from '@/features/outcomes-dashboard/components/services-table';
import { useDashboardFormat } from '@/features/outcomes-dashboard/format';
import { OPEN_DATA_PATH } from '@/features/outcomes-dashboard/paths';
import { periodFromParams, periodHref } from '@/features/outcomes-dashboard/period';
import { isApiError } from '@/lib/api-client';
import type { OverviewTotals } from '@/types';

function Total({ heading, summary, figures, children }: { heading: string; summary: string; figures: Figure[]; children?: ReactNode }) {
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-top-6">{heading}</h3>
      <p className="govuk-body">{summary}</p>
      <Figures items={figures} />
      {children}
    </>
  );
}

function Totals({ totals }: { totals: OverviewTotals }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const supports = totals.supports ?? 0;
  const ideas = totals.ideas ?? 0;
  const shifts = totals.shifts ?? 0;
  const contributions = totals.contributions ?? 0;
  const ratings = totals.ratings ?? 0;
  const committed = totals.changesCommitted ?? 0;

  let delivery: string;
  if (shifts === 0 && contributions === 0) delivery = t('dashboard.record.coDelivery.summaryNone');
  else if (shifts === 0) {
    delivery = t('dashboard.record.coDelivery.summaryContributionsOnly', { contributions: format.unit('contributions', contributions) });
  } else {
    delivery = t('dashboard.overview.coDeliverySummary', {
      hours: format.unit('hours', totals.approvedHours),
      shifts: format.unit('shifts', shifts),
      contributions: format.unit('contributions', contributions),
    });
  }

  return (
    <section aria-labelledby="totals-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="totals-heading">
        {t('dashboard.overview.totalsHeading')}
      </h2>
      <Total
        heading={t('dashboard.cos.CO_COMMISSIONING')}
        summary={
          supports === 0
            ? t('dashboard.record.coCommissioning.summaryNone')
            : t('dashboard.record.coCommissioning.summary', { supports: format.unit('supports', supports) })
        }
        figures={[{ key: 'supports', label: t('dashboard.figures.supports'), value: format.count(supports) }]}
      />
      <Total
        heading={t('dashboard.cos.CO_DESIGN')}
        summary={
          ideas === 0
            ? t('dashboard.record.coDesign.summaryNone')
            : t('dashboard.record.coDesign.summary', {
                ideas: format.unit('ideas', ideas),
                share: totals.answeredShare == null ? format.count(totals.answered) : format.percent(totals.answeredShare),
              })
        }
        figures={[
          { key: 'ideas', label: t('dashboard.figures.ideas'), value: format.count(ideas) },
          {
            key: 'answered',
            label: t('dashboard.figures.answered'),
            value: totals.answeredShare == null ? <NotEnough /> : format.percent(totals.answeredShare),
            note: t('dashboard.xOfY', { x: format.count(totals.answered), y: format.unit('ideas', ideas) }),
          },
        ]}
      />
      <Total
        heading={t('dashboard.cos.CO_DELIVERY')}
        summary={delivery}
        figures={[
          { key: 'shifts', label: t('dashboard.figures.shifts'), value: format.count(shifts) },
          { key: 'hours', label: t('dashboard.figures.approvedHours'), value: format.decimal(totals.approvedHours) },
          { key: 'contributions', label: t('dashboard.figures.contributions'), value: format.count(contributions) },
        ]}
      >
        <ValueOfTime hours={totals.approvedHours} value={totals.valueOfTime} format={format} scope="all" />
      </Total>
      <Total
        heading={t('dashboard.cos.CO_ASSESSMENT')}
        summary={
          ratings === 0
            ? t('dashboard.overview.coAssessmentNone')
            : t('dashboard.overview.coAssessmentSummary', { ratings: format.unit('ratings', ratings) })
        }
        figures={[{ key: 'ratings', label: t('dashboard.figures.ratings'), value: format.count(ratings) }]}
      />
      <Total
        heading={t('dashboard.record.changes.heading')}
        summary={
          committed === 0
            ? t('dashboard.record.changes.summaryNone')
            : t('dashboard.overview.changesSummary', {
                committed: format.unit('changes', committed),
                confirmed: format.count(totals.changesConfirmed),
              })
        }
        figures={[
          { key: 'committed', label: t('dashboard.figures.changesCommitted'), value: format.count(committed) },
          { key: 'confirmed', label: t('dashboard.figures.changesConfirmed'), value: format.count(totals.changesConfirmed) },
        ]}
      />
      <Total
        heading={t('dashboard.balance.heading')}
        summary={
          totals.actionShare == null
            ? t('dashboard.balance.summaryNone')
            : t('dashboard.balance.summary', { share: format.percent(totals.actionShare) })
        }
        figures={[
          { key: 'voice', label: t('dashboard.balance.voice'), value: format.count(totals.voice) },
          { key: 'action', label: t('dashboard.balance.action'), value: format.count(totals.action) },
          {
            key: 'share',
            label: t('dashboard.balance.actionShare'),
            value: totals.actionShare == null ? <NotEnough /> : format.percent(totals.actionShare),
          },
        ]}
      >
        <BalanceTrend trend={totals.trend ?? []} caption={t('dashboard.overview.trendCaption')} headingLevel={4} />
      </Total>
    </section>
  );
}

export function OverviewRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const period = periodFromParams(params);
  const overview = useOverview(period);
  const data = overview.data;
  const badPeriod = overview.isError && isApiError(overview.error) && overview.error.status === 400;
  useDocumentTitle(t('dashboard.overview.title'));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <div className="app-readable">
          <PageHeading>{t('dashboard.overview.title')}</PageHeading>
          <p className="govuk-body">{t('dashboard.overview.intro')}</p>
          {data ? <PeriodLine from={data.from} to={data.to} /> : null}
          <StatusMessage>
            {!data ? (
              <p className={overview.isError ? 'govuk-error-message' : 'govuk-body'}>
                {badPeriod ? t('dashboard.badPeriod') : overview.isError ? t('dashboard.error') : t('dashboard.loading')}
              </p>
            ) : null}
          </StatusMessage>
          <PeriodSelector key={periodHref('', period)} period={period} />
          {data ? <Totals totals={data.totals} /> : null}
        </div>
        {data ? (
          <section aria-labelledby="services-heading" className="govuk-!-margin-top-8">
            <h2 className="govuk-heading-m" id="services-heading">
              {t('dashboard.overview.servicesHeading')}
            </h2>
            <p className="govuk-body app-readable">{t('dashboard.overview.servicesIntro')}</p>
            <ServicesTable services={data.services ?? []} />
          </section>
        ) : null}
        <div className="app-readable">
          <h2 className="govuk-heading-m govuk-!-margin-top-8">{t('dashboard.overview.reuseHeading')}</h2>
          <p className="govuk-body">
            {t('dashboard.overview.reuseIntro')}{' '}
            <Link className="govuk-link" to={OPEN_DATA_PATH}>
              {t('dashboard.openData.link')}
            </Link>
          </p>
          {data ? <RefreshedAt at={data.refreshedAt} /> : null}
        </div>
      </div>
    </div>
  );
}

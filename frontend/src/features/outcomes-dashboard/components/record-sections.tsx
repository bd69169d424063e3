// A service's record, Co by Co: for each, a heading, one plain sentence built from the figures, the
// figures themselves and, for the balance of voice and action, the monthly chart with its table.
// Figures the API leaves out (nothing to divide by, fewer than 5 ratings) are said in words.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canManageOrganisation, useMe } from '@/lib/auth';
import type { ServiceRecordView, ValueOfTime as ValueOfTimeFigures } from '@/types';
import { useDashboardFormat, type DashboardFormat } from '../format';
import { timeValuePath } from '../paths';
import { BalanceTrend } from './balance-trend';
import { Figures, NotEnough } from './figures';

function Section({ id, heading, about, children }: { id: string; heading: string; about?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-top-8 app-record-section">
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      {about ? <p className="govuk-body-s app-secondary-text">{about}</p> : null}
      {children}
    </section>
  );
}

function Summary({ children }: { children: ReactNode }) {
  return <p className="govuk-body-l app-record-summary">{children}</p>;
}

const orNotEnough = (value: number | null | undefined, show: (value: number) => ReactNode) =>
  value == null ? <NotEnough /> : show(value);

function CoCommissioning({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const supports = record.coCommissioning.supports ?? 0;
  return (
    <Section id="co-commissioning" heading={t('dashboard.cos.CO_COMMISSIONING')} about={t('dashboard.record.coCommissioning.about')}>
      <Summary>
        {supports === 0
          ? t('dashboard.record.coCommissioning.summaryNone')
          : t('dashboard.record.coCommissioning.summary', { supports: format.unit('supports', supports) })}
      </Summary>
      <Figures items={[{ key: 'supports', label: t('dashboard.figures.supports'), value: format.count(supports) }]} />
    </Section>
  );
}

function CoDesign({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const design = record.coDesign;
  const ideas = design.ideas ?? 0;
  return (
    <Section id="co-design" heading={t('dashboard.cos.CO_DESIGN')} about={t('dashboard.record.coDesign.about')}>
      <Summary>
        {ideas === 0
          ? t('dashboard.record.coDesign.summaryNone')
          : t('dashboard.record.coDesign.summary', {
              ideas: format.unit('ideas', ideas),
              share: design.answeredShare == null ? format.count(design.answered) : format.percent(design.answeredShare),
            })}
      </Summary>
      <Figures
        items={[
          { key: 'ideas', label: t('dashboard.figures.ideas'), value: format.count(ideas) },
          {
            key: 'answered',
            label: t('dashboard.figures.answered'),
            value: orNotEnough(design.answeredShare, format.percent),
            note: t('dashboard.xOfY', { x: format.count(design.answered), y: format.unit('ideas', ideas) }),
          },
          {
            key: 'median',
            label: t('dashboard.figures.medianDays'),
            value: orNotEnough(design.medianDaysToFirstAnswer, (days) => format.unit('days', days)),
          },
          { key: 'accepted', label: t('dashboard.figures.accepted'), value: format.count(design.accepted) },
          { key: 'implemented', label: t('dashboard.figures.implemented'), value: format.count(design.implemented) },
          { key: 'comments', label: t('dashboard.figures.comments'), value: format.count(design.comments) },
        ]}
      />
    </Section>
  );
}

/**
 * "The value of citizens' time: £16,665.75", how it was worked out (whose hourly value: the service's
 * own or the site's; across all services, each service's own) and, when staff recorded any, the hours
 * they spent supporting volunteers beside them.
 */
export function ValueOfTime({
  hours,
  value,
  format,
  scope = 'service',
}: {
  hours: number | undefined;
  value: ValueOfTimeFigures | undefined;
  format: DashboardFormat;
  /** one service's record, or every service together (the overview) */
  scope?: 'service' | 'all';
}) {
  const { t } = useTranslation();
  if (!value) return null;
  const currency = value.currency ?? 'GBP';
  const hourlyValue = format.money(value.hourlyValue ?? 0, currency);
  const note =
    scope === 'all' ? 'noteAllServices' : value.hourlyValueSetBy === 'SERVICE' ? 'noteServiceValue' : 'noteSiteValue';
  const staffHours = value.staffSupportHours;
  const ratio = value.citizenHoursPerStaffHour;
  if (value.value == null && staffHours == null) return null;
  return (
    <div className="govuk-inset-text app-value-of-time">
      {value.value != null ? (
        <>
          <p className="govuk-body-l govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {t('dashboard.valueOfTime.value', { value: format.money(value.value, currency) })}
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            {t(`dashboard.valueOfTime.${note}`, { hours: format.decimal(hours), hourlyValue, count: hours ?? 0 })}
          </p>
        </>
      ) : null}
      {staffHours != null ? (
        <p className={`govuk-body-s govuk-!-margin-bottom-0${value.value != null ? ' govuk-!-margin-top-2' : ''}`}>
          {ratio != null
            ? t('dashboard.valueOfTime.staffHoursWithRatio', {
                hours: format.unit('hours', staffHours),
                ratio: format.decimal(ratio),
                count: Math.round(ratio * 10) / 10,
              })
            : t('dashboard.valueOfTime.staffHours', { hours: format.unit('hours', staffHours) })}
        </p>
      ) : null}
    </div>
  );
}

/** Staff of the organisation that runs the service: the way to change its hourly value and record staff hours. */
function TimeValueLink({ service }: { service: ServiceRecordView['service'] }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!canManageOrganisation(me.data, service.organisationId)) return null;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={timeValuePath(service.slug)}>
        {t('dashboard.record.coDelivery.timeValueLink')}
      </Link>
    </p>
  );
}

function CoDelivery({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const delivery = record.coDelivery;
  const places = delivery.places ?? 0;
  const contributions = delivery.contributions ?? 0;
  let summary: string;
  if (places === 0 && contributions === 0) summary = t('dashboard.record.coDelivery.summaryNone');
  else if (places === 0) {
    summary = t('dashboard.record.coDelivery.summaryContributionsOnly', {
      contributions: format.unit('contributions', contributions),
    });
  } else {
    summary = t('dashboard.record.coDelivery.summary', {
      filled: format.count(delivery.placesFilled),
      places: format.unit('places', places),
      hours: format.unit('hours', delivery.approvedHours),
      contributions: format.unit('contributions', contributions),
    });
  }
  return (
    <Section id="co-delivery" heading={t('dashboard.cos.CO_DELIVERY')} about={t('dashboard.record.coDelivery.about')}>
      <Summary>{summary}</Summary>
      <h3 className="govuk-heading-s">{t('dashboard.record.coDelivery.shiftsHeading')}</h3>
      <Figures
        items={[
          { key: 'shifts', label: t('dashboard.figures.shifts'), value: format.count(delivery.shifts) },
          {
            key: 'filled',
            label: t('dashboard.figures.placesFilled'),
            value: t('dashboard.xOfY', { x: format.count(delivery.placesFilled), y: format.count(places) }),
          },
          { key: 'fillRate', label: t('dashboard.figures.fillRate'), value: orNotEnough(delivery.fillRate, format.percent) },
          { key: 'attended', label: t('dashboard.figures.attended'), value: format.count(delivery.attended) },
          {
            key: 'noShowRate',
            label: t('dashboard.figures.noShowRate'),
            value: orNotEnough(delivery.noShowRate, format.percent),
            note: t('dashboard.figures.noShows', { count: delivery.noShows ?? 0, formatted: format.count(delivery.noShows) }),
          },
          { key: 'hours', label: t('dashboard.figures.approvedHours'), value: format.decimal(delivery.approvedHours) },
        ]}
      />
      <ValueOfTime hours={delivery.approvedHours} value={delivery.valueOfTime} format={format} />
      <TimeValueLink service={record.service} />
      <h3 className="govuk-heading-s">{t('dashboard.record.coDelivery.everydayHeading')}</h3>
      <p className="govuk-body">{t('dashboard.record.coDelivery.everydayAbout')}</p>
      <Figures
        items={[
          { key: 'contributions', label: t('dashboard.figures.contributions'), value: format.count(contributions) },
          { key: 'contributionHours', label: t('dashboard.figures.contributionHours'), value: format.decimal(delivery.contributionHours) },
        ]}
      />
    </Section>
  );
}

function CoAssessment({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const { ratings = 0, mean, netScore } = record.coAssessment;
  const enough = mean != null;
  return (
    <Section id="co-assessment" heading={t('dashboard.cos.CO_ASSESSMENT')} about={t('dashboard.record.coAssessment.about')}>
      {enough ? (
        <Summary>
          {t('dashboard.record.coAssessment.summary', { ratings: format.unit('ratings', ratings), mean: format.mean(mean) })}
        </Summary>
      ) : (
        <>
          <Summary>{t('dashboard.record.coAssessment.notEnough')}</Summary>
          <p className="govuk-body">{t('dashboard.record.coAssessment.notEnoughWhy')}</p>
        </>
      )}
      <Figures
        items={[
          { key: 'ratings', label: t('dashboard.figures.ratings'), value: format.count(ratings) },
          ...(enough
            ? [
                { key: 'mean', label: t('dashboard.figures.mean'), value: t('dashboard.outOf5', { mean: format.mean(mean) }) },
                { key: 'net', label: t('dashboard.figures.netScore'), value: orNotEnough(netScore, format.net) },
              ]
            : []),
        ]}
      />
      {enough && netScore != null ? <p className="govuk-body-s app-secondary-text">{t('dashboard.record.coAssessment.netExplained')}</p> : null}
    </Section>
  );
}

function Changes({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const changes = record.changes;
  const committed = changes.committed ?? 0;
  return (
    <Section id="changes" heading={t('dashboard.record.changes.heading')} about={t('dashboard.record.changes.about')}>
      <Summary>
        {committed === 0
          ? t('dashboard.record.changes.summaryNone')
          : t('dashboard.record.changes.summary', { committed: format.unit('changes', committed), done: format.count(changes.done) })}
      </Summary>
      <Figures
        items={[
          { key: 'committed', label: t('dashboard.figures.changesCommitted'), value: format.count(committed) },
          { key: 'done', label: t('dashboard.figures.changesDone'), value: format.count(changes.done) },
        ]}
      />
      <h3 className="govuk-heading-s">{t('dashboard.record.changes.reviewersHeading')}</h3>
      <Figures
        items={[
          { key: 'yes', label: t('dashboard.figures.confirmedYes'), value: format.count(changes.confirmedYes) },
          { key: 'partly', label: t('dashboard.figures.confirmedPartly'), value: format.count(changes.confirmedPartly) },
          { key: 'no', label: t('dashboard.figures.confirmedNo'), value: format.count(changes.confirmedNo) },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/services/${encodeURIComponent(record.service.slug)}/you-said-we-did`}>
          {t('dashboard.record.changes.youSaidWeDid')}
        </Link>
      </p>
    </Section>
  );
}

function Balance({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const balance = record.balance;
  return (
    <Section id="balance" heading={t('dashboard.balance.heading')} about={t('dashboard.balance.about')}>
      <Summary>
        {balance.actionShare == null
          ? t('dashboard.balance.summaryNone')
          : t('dashboard.balance.summary', { share: format.percent(balance.actionShare) })}
      </Summary>
      <Figures
        items={[
          { key: 'voice', label: t('dashboard.balance.voice'), value: format.count(balance.voice) },
          { key: 'action', label: t('dashboard.balance.action'), value: format.count(balance.action) },
          { key: 'share', label: t('dashboard.balance.actionShare'), value: orNotEnough(balance.actionShare, format.percent) },
        ]}
      />
      <BalanceTrend trend={balance.trend ?? []} />
    </Section>
  );
}

export function ServiceRecord({ record }: { record: ServiceRecordView }) {
  return (
    <>
      <CoCommissioning record={record} />
      <CoDesign record={record} />
      <CoDelivery record={record} />
      <CoAssessment record={record} />
      <Changes record={record} />
      <Balance record={record} />
    </>
  );
}

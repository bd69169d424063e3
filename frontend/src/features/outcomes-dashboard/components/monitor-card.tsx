// One service's monitors, for its staff: whether a few people do most of each kind of co-production
// (the share from the most active tenth, and the Gini coefficient read in plain words), whether
// volunteers carry too much, what voice is still unanswered, and who is missing (who took part by
// area and self-declared group, against the population).
// Figures about fewer than 5 people are withheld by the API and said so here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoConcentration, MonitorView } from '@/types';
import { useDashboardFormat } from '../format';
import { AWAITING_REPLY_PATH, REVIEW_QUEUE_PATH, serviceRecordPath } from '../paths';
import { CountedAt } from './counted-at';
import { Figures } from './figures';
import { Representativeness } from './representativeness';

const CO_ORDER = ['CO_COMMISSIONING', 'CO_DESIGN', 'CO_DELIVERY', 'CO_ASSESSMENT'] as const;

export type GiniReading = 'even' | 'somewhat' | 'concentrated';

/** Under 0.3 spread evenly, 0.3 to 0.5 somewhat concentrated, above 0.5 concentrated in a few people. */
export function readGini(gini: number): GiniReading {
  if (gini < 0.3) return 'even';
  if (gini <= 0.5) return 'somewhat';
  return 'concentrated';
}

export const monitorHeadingId = (serviceId: string) => `monitor-${serviceId}-heading`;

/** One Co: how many took part, the share from the most active tenth, and the Gini read in words. */
function ConcentrationItem({ entry }: { entry: CoConcentration }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const withheld = entry.fewerThanFive || entry.people == null;
  return (
    <li className="app-concentration__item">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{t(`dashboard.cos.${entry.co ?? 'CO_DESIGN'}`)}</h4>
      {withheld ? (
        <p className="govuk-body-s govuk-!-margin-bottom-0">{t('dashboard.monitors.fewerThanFivePeople')}</p>
      ) : (
        <dl className="app-mini-figures">
          <div className="app-mini-figures__row">
            <dt>{t('dashboard.monitors.people')}</dt>
            <dd>{format.count(entry.people)}</dd>
          </div>
          <div className="app-mini-figures__row">
            <dt>{t('dashboard.monitors.topTenth')}</dt>
            <dd>{entry.topTenthShare == null ? t('dashboard.notEnough') : format.percent(entry.topTenthShare)}</dd>
          </div>
          <div className="app-mini-figures__row">
            <dt>{t('dashboard.monitors.giniHeader')}</dt>
            <dd>
              {entry.gini == null
                ? t('dashboard.notEnough')
                : t('dashboard.monitors.giniValue', {
                    gini: format.gini(entry.gini),
                    reading: t(`dashboard.monitors.gini.${readGini(entry.gini)}`),
                  })}
            </dd>
          </div>
        </dl>
      )}
    </li>
  );
}

export function MonitorCard({ monitor }: { monitor: MonitorView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const concentration = [...(monitor.concentration ?? [])].sort(
    (a, b) => CO_ORDER.indexOf(a.co ?? 'CO_DESIGN') - CO_ORDER.indexOf(b.co ?? 'CO_DESIGN'),
  );
  const burden = monitor.burden ?? {};
  const unanswered = monitor.unanswered ?? {};
  const fewer = t('dashboard.monitors.fewerThanFive');
  const id = monitor.service.id;

  return (
    <li className="app-card app-monitor">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word" id={monitorHeadingId(id)}>
        {monitor.service.name}
      </h2>
      <p className="govuk-body-s app-secondary-text">
        {t('dashboard.periodLine', { from: format.date(monitor.from), to: format.date(monitor.to) })}
      </p>

      <h3 className="govuk-heading-s">{t('dashboard.monitors.concentrationHeading')}</h3>
      <p className="govuk-body">{t('dashboard.monitors.concentrationIntro')}</p>
      <ul className="app-concentration">
        {concentration.map((entry) => (
          <ConcentrationItem key={entry.co} entry={entry} />
        ))}
      </ul>
      <p className="govuk-body-s app-secondary-text">{t('dashboard.monitors.giniExplained')}</p>

      <h3 className="govuk-heading-s">{t('dashboard.monitors.burdenHeading')}</h3>
      <Figures
        items={[
          {
            key: 'over',
            label: t('dashboard.monitors.overWarning', { hours: format.decimal(burden.warningHours) }),
            value: burden.overWarning == null ? fewer : format.count(burden.overWarning),
          },
          {
            key: 'noShows',
            label: t('dashboard.monitors.repeatedNoShows'),
            value: burden.repeatedNoShows == null ? fewer : format.count(burden.repeatedNoShows),
          },
        ]}
      />

      <h3 className="govuk-heading-s">{t('dashboard.monitors.unansweredHeading')}</h3>
      <Figures
        items={[
          {
            key: 'ideas',
            label: t('dashboard.monitors.ideasWaiting'),
            value: format.count(unanswered.ideasWaitingOver30Days),
          },
          {
            key: 'reviews',
            label: t('dashboard.monitors.reviewsWithoutReply'),
            value: format.count(unanswered.reviewsWithoutReply),
          },
        ]}
      />
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={REVIEW_QUEUE_PATH}>
            {t('dashboard.monitors.reviewIdeas')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={AWAITING_REPLY_PATH}>
            {t('dashboard.monitors.answerReviews')}
          </Link>
        </li>
      </ul>

      <h3 className="govuk-heading-s">{t('dashboard.monitors.representativenessHeading')}</h3>
      <Representativeness view={monitor.representativeness} />

      <p className="govuk-body">
        <Link className="govuk-link" to={serviceRecordPath(monitor.service.slug)}>
          {t('dashboard.monitors.seeRecord')}
          <span className="govuk-visually-hidden"> {t('dashboard.monitors.seeRecordOf', { service: monitor.service.name })}</span>
        </Link>
      </p>
      <CountedAt at={monitor.countedAt} />
    </li>
  );
}

// Voice and action month by month: two columns a month drawn with CSS for the eye (hidden from
// screen readers), and the same figures as a table that fits 320 px (short month names on screen,
// the full month for screen readers, smaller text on phones). One service's months on its record,
// every service's together on the overview, each with its own caption.
import { useTranslation } from 'react-i18next';
import type { BalanceMonth } from '@/types';
import { useDashboardFormat } from '../format';
import { Withheld } from './figures';

interface BalanceTrendProps {
  trend: BalanceMonth[];
  /** the table's caption, its name for screen readers; "Voice and action by month, oldest first" */
  caption?: string;
  /** the level of its "Month by month" heading, one below the section it sits in */
  headingLevel?: 3 | 4;
}

export function BalanceTrend({ trend, caption, headingLevel = 3 }: BalanceTrendProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const months = trend.filter((entry) => !!entry.month);
  if (months.length === 0) return null;
  const largest = Math.max(1, ...months.flatMap((entry) => [entry.voice ?? 0, entry.action ?? 0]));
  const height = (value: number | undefined) => `${((value ?? 0) / largest) * 100}%`;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  return (
    <div className="app-balance-trend">
      <Heading className="govuk-heading-s">{t('dashboard.balance.trendHeading')}</Heading>
      <p className="govuk-body">{t('dashboard.balance.trendIntro')}</p>
      <div aria-hidden="true">
        <ul className="app-chart-key">
          <li>
            <span className="app-chart-key__swatch app-pair-chart__bar--voice" />
            {t('dashboard.balance.voice')}
          </li>
          <li>
            <span className="app-chart-key__swatch app-pair-chart__bar--action" />
            {t('dashboard.balance.action')}
          </li>
        </ul>
        <div className="app-pair-chart">
          {months.map((entry) => (
            <span className="app-pair-chart__month" key={entry.month} title={format.month(entry.month)}>
              <span className="app-pair-chart__bar app-pair-chart__bar--voice" style={{ height: height(entry.voice) }} />
              <span className="app-pair-chart__bar app-pair-chart__bar--action" style={{ height: height(entry.action) }} />
            </span>
          ))}
        </div>
        <p className="govuk-body-s app-secondary-text app-column-chart__axis">
          <span>{format.shortMonth(months[0].month)}</span>
          <span>{format.shortMonth(months[months.length - 1].month)}</span>
        </p>
      </div>
      <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table app-trend-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption ?? t('dashboard.balance.trendCaption')}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t('dashboard.balance.month')}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t('dashboard.balance.voice')}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t('dashboard.balance.action')}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t('dashboard.balance.actionShare')}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {months.map((entry) => (
            <tr className="govuk-table__row" key={entry.month}>
              <th scope="row" className="govuk-table__header">
                <span aria-hidden="true">{format.shortMonth(entry.month)}</span>
                <span className="govuk-visually-hidden">{format.month(entry.month)}</span>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{format.count(entry.voice)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{format.count(entry.action)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {entry.actionShare == null ? (
                  <Withheld words={t('dashboard.balance.noActs')} />
                ) : (
                  format.percent(entry.actionShare)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

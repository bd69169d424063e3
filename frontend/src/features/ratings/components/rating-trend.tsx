// The last 24 months, folded away: a small bar chart of how many rated each month and, for the
// same months, a table with the count, the average and the net score (those only from 5 ratings).
import { useTranslation } from 'react-i18next';
import type { MonthSummary } from '@/types';
import { useRatingFormat } from '../scores';

/** A figure the API withholds for a small month reads as a dash, heard as "not enough ratings". */
function Withheld() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">{t('ratings.summary.notEnoughShort')}</span>
    </>
  );
}

export function RatingTrend({ trend }: { trend: MonthSummary[] }) {
  const { t } = useTranslation();
  const format = useRatingFormat();
  const months = trend.filter((entry) => !!entry.month);
  if (months.length === 0) return null;
  const largest = Math.max(1, ...months.map((entry) => entry.count ?? 0));
  // newest first in the table: the month people look for is usually a recent one
  const newestFirst = [...months].reverse();

  return (
    <details className="govuk-details app-trend">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t('ratings.summary.showTrend')}</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">{t('ratings.summary.trendIntro')}</p>
        <div className="app-column-chart" aria-hidden="true">
          {months.map((entry) => (
            <span className="app-column-chart__column" key={entry.month} title={format.month(entry.month)}>
              <span className="app-column-chart__bar" style={{ height: `${((entry.count ?? 0) / largest) * 100}%` }} />
            </span>
          ))}
        </div>
        <p className="govuk-body-s app-secondary-text app-column-chart__axis" aria-hidden="true">
          <span>{format.month(months[0].month)}</span>
          <span>{format.month(months[months.length - 1].month)}</span>
        </p>
        <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t('ratings.summary.trendCaption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('ratings.summary.month')}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t('ratings.summary.ratings')}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t('ratings.summary.averageOutOf5')}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t('ratings.summary.netScore')}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {newestFirst.map((entry) => (
              <tr className="govuk-table__row" key={entry.month}>
                <th scope="row" className="govuk-table__header">
                  <span aria-hidden="true">{format.shortMonth(entry.month)}</span>
                  <span className="govuk-visually-hidden">{format.month(entry.month)}</span>
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{format.count(entry.count ?? 0)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {entry.mean == null ? <Withheld /> : format.mean(entry.mean)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {entry.netScore == null ? <Withheld /> : format.net(entry.netScore)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

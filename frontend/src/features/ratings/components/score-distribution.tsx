// How many ratings gave each score: a simple bar chart drawn with CSS, and the same figures as a
// table. The chart is for the eye only (hidden from screen readers); the table carries the data.
import { useTranslation } from 'react-i18next';
import type { ScoreCount } from '@/types';
import { SCORES, useRatingFormat } from '../scores';

interface ScoreDistributionProps {
  distribution: ScoreCount[];
}

export function ScoreDistribution({ distribution }: ScoreDistributionProps) {
  const { t } = useTranslation();
  const format = useRatingFormat();
  const rows = [...SCORES].reverse().map((score) => ({
    score,
    count: distribution.find((entry) => entry.score === score)?.count ?? 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const largest = Math.max(1, ...rows.map((row) => row.count));
  const share = (count: number) => (total > 0 ? (count / total) * 100 : 0);

  return (
    <>
      <div className="app-bar-chart" aria-hidden="true">
        {rows.map((row) => (
          <div className="app-bar-chart__row" key={row.score}>
            <span className="app-bar-chart__label">{t('ratings.scoreOption', { score: row.score, words: t(`ratings.scores.${row.score}`) })}</span>
            <span className="app-bar-chart__track">
              <span className="app-bar-chart__bar" style={{ width: `${(row.count / largest) * 100}%` }} />
            </span>
            <span className="app-bar-chart__value">{format.count(row.count)}</span>
          </div>
        ))}
      </div>
      <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{t('ratings.summary.distributionCaption')}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t('ratings.summary.score')}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t('ratings.summary.ratings')}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t('ratings.summary.share')}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.score}>
              <th scope="row" className="govuk-table__header">
                {t('ratings.scoreOption', { score: row.score, words: t(`ratings.scores.${row.score}`) })}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{format.count(row.count)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {t('ratings.summary.percent', { value: format.percent(share(row.count)) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

// Each service's headline figures in the overview. On wider screens one table; on a phone (or when
// zoomed in) each service becomes a small definition list instead, so nothing scrolls sideways.
// Only one of the two is ever displayed, so screen readers meet the figures once.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceLine } from '@/types';
import { useDashboardFormat } from '../format';
import { serviceRecordPath } from '../paths';
import { Withheld } from './figures';

function useColumns() {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  return [
    { key: 'ideas', label: t('dashboard.overview.columns.ideas'), value: (line: ServiceLine) => format.count(line.ideas) },
    {
      key: 'answered',
      label: t('dashboard.overview.columns.answered'),
      value: (line: ServiceLine) => (line.answeredShare == null ? <Withheld /> : format.percent(line.answeredShare)),
    },
    { key: 'hours', label: t('dashboard.overview.columns.approvedHours'), value: (line: ServiceLine) => format.decimal(line.approvedHours) },
    { key: 'contributions', label: t('dashboard.overview.columns.contributions'), value: (line: ServiceLine) => format.count(line.contributions) },
    { key: 'ratings', label: t('dashboard.overview.columns.ratings'), value: (line: ServiceLine) => format.count(line.ratings) },
    {
      key: 'mean',
      label: t('dashboard.overview.columns.mean'),
      value: (line: ServiceLine) =>
        line.ratingMean == null ? <Withheld words={t('dashboard.notEnoughRatings')} /> : format.mean(line.ratingMean),
    },
  ];
}

export function ServicesTable({ services }: { services: ServiceLine[] }) {
  const { t } = useTranslation();
  const columns = useColumns();
  const lines = services.filter((line): line is ServiceLine & { service: NonNullable<ServiceLine['service']> } => !!line.service);
  if (lines.length === 0) return <p className="govuk-body">{t('dashboard.overview.noServices')}</p>;

  return (
    <>
      <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table app-services-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{t('dashboard.overview.tableCaption')}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t('dashboard.overview.columns.service')}
            </th>
            {columns.map((column) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {lines.map((line) => (
            <tr className="govuk-table__row" key={line.service.id}>
              <th scope="row" className="govuk-table__header app-break-word">
                <Link className="govuk-link" to={serviceRecordPath(line.service.slug)}>
                  {line.service.name}
                </Link>
              </th>
              {columns.map((column) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={column.key}>
                  {column.value(line)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="app-services-list">
        {lines.map((line) => (
          <li className="app-services-list__item" key={line.service.id}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-break-word">
              <Link className="govuk-link" to={serviceRecordPath(line.service.slug)}>
                {line.service.name}
              </Link>
            </h3>
            <dl className="app-mini-figures">
              {columns.map((column) => (
                <div className="app-mini-figures__row" key={column.key}>
                  <dt>{column.label}</dt>
                  <dd>{column.value(line)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

// Who took part in a service against who lives in the area: a sentence, then a table for the areas
// and one per self-declared question (people, their share of those who said, and the share of
// residents). People choose whether to declare, so shares are of those who did. The API withholds
// any figure about fewer than 5 people (and the next smallest when one alone would give it away);
// those cells say so in words. The tables wrap rather than scroll at 320 px.
import { useTranslation } from 'react-i18next';
import type { GroupShares, Representativeness as RepresentativenessView, Share } from '@/types';
import { useDashboardFormat } from '../format';

interface SharesTableProps {
  caption: string;
  firstColumn: string;
  rows: Share[];
  label: (share: Share) => string;
}

function SharesTable({ caption, firstColumn, rows, label }: SharesTableProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const fewer = t('dashboard.monitors.fewerThanFive');
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {firstColumn}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t('dashboard.monitors.representativeness.people')}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t('dashboard.monitors.representativeness.share')}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t('dashboard.monitors.representativeness.population')}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((share, index) => (
          <tr className="govuk-table__row" key={share.code ?? index}>
            <th scope="row" className="govuk-table__header app-break-word">
              {label(share)}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {share.people == null ? fewer : format.count(share.people)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {share.percent == null ? fewer : format.percent(share.percent)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {share.populationPercent == null
                ? t('dashboard.monitors.representativeness.populationNotSet')
                : format.percent(share.populationPercent)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GroupTable({ group }: { group: GroupShares & { question: string } }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const key = `dashboard.monitors.representativeness.groups.${group.question}`;
  return (
    <>
      <SharesTable
        caption={t(`${key}.caption`, { defaultValue: group.question })}
        firstColumn={t(`${key}.column`, { defaultValue: group.question })}
        rows={group.answers ?? []}
        label={(share) => t(`${key}.answers.${share.code}`, { defaultValue: share.name || share.code })}
      />
      <p className="govuk-body-s app-secondary-text">
        {group.declared == null
          ? t('dashboard.monitors.representativeness.answeredByFewer')
          : t('dashboard.monitors.representativeness.answeredBy', { people: format.unit('people', group.declared) })}
      </p>
    </>
  );
}

export function Representativeness({ view }: { view: RepresentativenessView | undefined }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  if (view?.people == null) {
    return <p className="govuk-body">{t('dashboard.monitors.representativeness.nothingShown')}</p>;
  }
  const people = format.unit('people', view.people);
  const areas = view.areas ?? [];
  const groups = (view.groups ?? []).filter((group): group is GroupShares & { question: string } => !!group.question);

  return (
    <>
      <p className="govuk-body">
        {view.declaredArea == null
          ? t('dashboard.monitors.representativeness.summaryFewerDeclared', { people })
          : t('dashboard.monitors.representativeness.summary', { people, declared: format.count(view.declaredArea) })}
      </p>
      <p className="govuk-body-s app-secondary-text">{t('dashboard.monitors.representativeness.note')}</p>
      {areas.length > 0 ? (
        <SharesTable
          caption={t('dashboard.monitors.representativeness.areasCaption')}
          firstColumn={t('dashboard.monitors.representativeness.area')}
          rows={areas}
          label={(share) => share.name || share.code || ''}
        />
      ) : null}
      {groups.map((group) => (
        <GroupTable key={group.question} group={group} />
      ))}
    </>
  );
}

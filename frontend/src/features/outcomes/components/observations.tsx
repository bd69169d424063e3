// An indicator's observations, oldest first: a small column chart of the values over time for the
// eye (hidden from screen readers) and the same values as a table, which is the accessible version.
// "Show more" loads the next (newer) page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { useFormatDate } from '@/lib/format';
import type { IndicatorView, ObservationView } from '@/types';
import { loadedObservations, useObservations } from '../api/indicators';
import { OBSERVATION_SOURCES, useOutcomeFormat } from '../outcomes';

const rowId = (observedOn: string) => `observation-${observedOn}`;

function ValuesChart({ observations }: { observations: ObservationView[] }) {
  const formatDate = useFormatDate();
  if (observations.length < 2) return null;
  const largest = Math.max(...observations.map((entry) => entry.value), Number.MIN_VALUE);
  return (
    <>
      <div className="app-column-chart app-column-chart--tall" aria-hidden="true">
        {observations.map((entry) => (
          <span className="app-column-chart__column" key={entry.observedOn} title={formatDate(entry.observedOn)}>
            <span className="app-column-chart__bar" style={{ height: `${(Math.max(0, entry.value) / largest) * 100}%` }} />
          </span>
        ))}
      </div>
      <p className="govuk-body-s app-secondary-text app-column-chart__axis" aria-hidden="true">
        <span>{formatDate(observations[0].observedOn)}</span>
        <span>{formatDate(observations[observations.length - 1].observedOn)}</span>
      </p>
    </>
  );
}

function sourceKey(source: string): string {
  return (OBSERVATION_SOURCES as readonly string[]).includes(source) ? source : 'OTHER';
}

export function Observations({ indicator }: { indicator: IndicatorView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const format = useOutcomeFormat();
  const observations = useObservations(indicator.id);
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  const items = loadedObservations(observations.data);

  async function showMore() {
    if (observations.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await observations.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedObservations(result.data)[shown];
    if (next) focusWhenShown(rowId(next.observedOn));
  }

  let status: string | null = null;
  if (observations.isError) status = t('outcomes.observations.error');
  else if (observations.isPending) status = t('outcomes.observations.loading');
  else if (moreFailed) status = t('outcomes.observations.moreError');
  else if (observations.isFetchingNextPage) status = t('outcomes.observations.loadingMore');

  return (
    <section aria-labelledby="observations-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="observations-heading">
        {t('outcomes.observations.heading')}
      </h2>
      {status ? (
        <StatusMessage>
          <p className={observations.isError || moreFailed ? 'govuk-error-message' : 'govuk-body'}>{status}</p>
        </StatusMessage>
      ) : null}
      {observations.isSuccess && items.length === 0 ? (
        <p className="govuk-body">{t('outcomes.observations.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="govuk-body">{t('outcomes.observations.intro')}</p>
          <ValuesChart observations={items} />
          <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table">
            <caption className="govuk-table__caption govuk-table__caption--s app-break-word">
              {t('outcomes.observations.caption', { name: indicator.name, unit: indicator.unit })}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t('outcomes.observations.date')}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t('outcomes.observations.value')}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t('outcomes.observations.source')}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {items.map((entry) => (
                <tr className="govuk-table__row" key={entry.observedOn} id={rowId(entry.observedOn)} tabIndex={-1}>
                  <th scope="row" className="govuk-table__header">
                    {formatDate(entry.observedOn)}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{format.number(entry.value)}</td>
                  <td className="govuk-table__cell">{t(`outcomes.observations.sources.${sourceKey(entry.source)}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {observations.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={observations.isFetchingNextPage ? true : undefined}
          onClick={() => void showMore()}
        >
          {t('outcomes.observations.showMore')}
        </button>
      ) : null}
    </section>
  );
}

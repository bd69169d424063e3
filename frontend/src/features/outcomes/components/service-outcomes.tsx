// "Outcomes" on a service page: its co-production initiatives (dates, which Co's) and its outcome
// indicators (unit, which way is better, how many observations over which dates), each linking to
// its own page; staff of the service's organisation also get the ways to add both.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '@/components/status-message';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { canManageOrganisation, useMe } from '@/lib/auth';
import { useFormatDate } from '@/lib/format';
import type { IndicatorView, InitiativeView, ServiceView } from '@/types';
import { loadedInitiatives, useServiceInitiatives } from '../api/initiatives';
import { useServiceIndicators } from '../api/indicators';
import {
  cosInWords,
  indicatorPath,
  initiativePath,
  newIndicatorPath,
  newInitiativePath,
  useOutcomeFormat,
} from '../outcomes';

const initiativeDomId = (id: string) => `initiative-${id}`;

/** "From 1 March 2026 to 31 October 2026", or "From 1 March 2026" while it has no end. */
export function useInitiativeDates() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (initiative: Pick<InitiativeView, 'startsOn' | 'endsOn'>) =>
    initiative.endsOn
      ? t('outcomes.initiative.fromTo', { start: formatDate(initiative.startsOn), end: formatDate(initiative.endsOn) })
      : t('outcomes.initiative.from', { start: formatDate(initiative.startsOn) });
}

/** "24 observations, from 1 January 2026 to 31 October 2026", or "No observations yet". */
export function useObservationSpan() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const format = useOutcomeFormat();
  return (indicator: IndicatorView) => {
    if (!indicator.observationCount) return t('outcomes.indicator.noObservations');
    const observations = t('outcomes.indicator.observationCount', {
      count: indicator.observationCount,
      formatted: format.count(indicator.observationCount),
    });
    if (!indicator.firstObservedOn || !indicator.lastObservedOn) return observations;
    if (indicator.firstObservedOn === indicator.lastObservedOn) {
      return t('outcomes.indicator.countOn', { observations, date: formatDate(indicator.firstObservedOn) });
    }
    return t('outcomes.indicator.countFromTo', {
      observations,
      start: formatDate(indicator.firstObservedOn),
      end: formatDate(indicator.lastObservedOn),
    });
  };
}

function Initiatives({ service, canManage }: { service: ServiceView; canManage: boolean }) {
  const { t } = useTranslation();
  const initiatives = useServiceInitiatives(service.slug);
  const dates = useInitiativeDates();
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  const items = loadedInitiatives(initiatives.data);

  async function showMore() {
    if (initiatives.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await initiatives.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedInitiatives(result.data)[shown];
    if (next) focusWhenShown(initiativeDomId(next.id));
  }

  return (
    <>
      <h3 className="govuk-heading-s">{t('outcomes.service.initiativesHeading')}</h3>
      <p className="govuk-body">{t('outcomes.service.initiativesIntro')}</p>
      {initiatives.isPending || initiatives.isError ? (
        <StatusMessage>
          <p className={initiatives.isError ? 'govuk-error-message' : 'govuk-body'}>
            {initiatives.isError ? t('outcomes.service.initiativesError') : t('outcomes.service.initiativesLoading')}
          </p>
        </StatusMessage>
      ) : null}
      {initiatives.isSuccess && items.length === 0 ? (
        <p className="govuk-body">{t('outcomes.service.noInitiatives')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="app-outcome-list">
          {items.map((initiative) => (
            <li key={initiative.id} id={initiativeDomId(initiative.id)} tabIndex={-1} className="app-outcome-list__item">
              <h4 className="govuk-heading-s govuk-!-margin-bottom-1 app-break-word">
                <Link className="govuk-link" to={initiativePath(initiative.id)}>
                  {initiative.name}
                </Link>
              </h4>
              <p className="govuk-body-s govuk-!-margin-bottom-1">{dates(initiative)}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {t('outcomes.initiative.cosLine', { cos: cosInWords(initiative.cos, t) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {moreFailed ? (
        <StatusMessage>
          <p className="govuk-error-message">{t('outcomes.service.moreError')}</p>
        </StatusMessage>
      ) : null}
      {initiatives.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={initiatives.isFetchingNextPage ? true : undefined}
          onClick={() => void showMore()}
        >
          {t('outcomes.service.moreInitiatives')}
        </button>
      ) : null}
      {canManage ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={newInitiativePath(service.slug)}>
            {t('outcomes.service.declareInitiative')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

function Indicators({ service, canManage }: { service: ServiceView; canManage: boolean }) {
  const { t } = useTranslation();
  const indicators = useServiceIndicators(service.slug);
  const span = useObservationSpan();
  const items = indicators.data?.items ?? [];

  return (
    <>
      <h3 className="govuk-heading-s">{t('outcomes.service.indicatorsHeading')}</h3>
      <p className="govuk-body">{t('outcomes.service.indicatorsIntro')}</p>
      {indicators.isPending || indicators.isError ? (
        <StatusMessage>
          <p className={indicators.isError ? 'govuk-error-message' : 'govuk-body'}>
            {indicators.isError ? t('outcomes.service.indicatorsError') : t('outcomes.service.indicatorsLoading')}
          </p>
        </StatusMessage>
      ) : null}
      {indicators.isSuccess && items.length === 0 ? (
        <p className="govuk-body">{t('outcomes.service.noIndicators')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="app-outcome-list">
          {items.map((indicator) => (
            <li key={indicator.id} className="app-outcome-list__item">
              <h4 className="govuk-heading-s govuk-!-margin-bottom-1 app-break-word">
                <Link className="govuk-link" to={indicatorPath(indicator.id)}>
                  {indicator.name}
                </Link>
              </h4>
              <p className="govuk-body-s govuk-!-margin-bottom-1 app-break-word">
                {t('outcomes.indicator.measuredIn', { unit: indicator.unit })} {t(`outcomes.betterSentence.${indicator.better}`)}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">{span(indicator)}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {canManage ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={newIndicatorPath(service.slug)}>
            {t('outcomes.service.addIndicator')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export function ServiceOutcomes({ service }: { service: ServiceView }) {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = canManageOrganisation(me.data, service.organisation.id);
  return (
    <section aria-labelledby="outcomes-heading" className="govuk-!-margin-top-8" id="outcomes">
      <h2 className="govuk-heading-m" id="outcomes-heading">
        {t('outcomes.service.heading')}
      </h2>
      <p className="govuk-body">{t('outcomes.service.intro')}</p>
      <Initiatives service={service} canManage={canManage} />
      <Indicators service={service} canManage={canManage} />
    </section>
  );
}

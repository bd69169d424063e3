// "Before and after" on an initiative's page: each indicator (the service rating always first) over
// the chosen number of months before the start against as many months from it. The caveat is always
// shown with the figures. A 409 means no indicator has observations on both sides yet: say so, and
// what to do about it. The months are in the URL (?months=), so a view can be shared.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { StatusMessage } from '@/components/status-message';
import { isApiError } from '@/lib/api-client';
import { useFormatDate } from '@/lib/format';
import type { InitiativeView } from '@/types';
import { EVALUATION_MONTHS, useEvaluation } from '../api/evaluation';
import { useServiceIndicators } from '../api/indicators';
import { dayBefore, indicatorPath, newIndicatorPath, useOutcomeFormat } from '../outcomes';
import { IndicatorResultView } from './indicator-result';

export const EVALUATION_HEADING_ID = 'evaluation-heading';

function Caveat() {
  const { t } = useTranslation();
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t('app.warning')}</span>
        {t('outcomes.evaluation.caveat')}
      </strong>
    </div>
  );
}

function MonthsForm({ months, onApply }: { months: number; onApply: (months: number) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(months));
  const choices = EVALUATION_MONTHS.some((choice) => choice === months)
    ? [...EVALUATION_MONTHS]
    : [...EVALUATION_MONTHS, months].sort((a, b) => a - b);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(Number(value));
  }

  return (
    <form className="app-filters app-months-form" method="get" onSubmit={submit}>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="evaluation-months">
          {t('outcomes.evaluation.monthsLabel')}
        </label>
        <div id="evaluation-months-hint" className="govuk-hint">
          {t('outcomes.evaluation.monthsHint')}
        </div>
        <select
          className="govuk-select"
          id="evaluation-months"
          name="months"
          aria-describedby="evaluation-months-hint"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t('outcomes.evaluation.monthsOption', { count: choice })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        {t('outcomes.evaluation.apply')}
      </button>
    </form>
  );
}

/** What to do when no indicator has observations on both sides: the service's indicators to add them to. */
function NothingToCompare({ initiative, detail, canManage }: { initiative: InitiativeView; detail?: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const indicators = useServiceIndicators(initiative.service.slug);
  const items = indicators.data?.items ?? [];
  // the API explains in English; other languages get our own words for the same thing
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s">{t('outcomes.evaluation.nothingHeading')}</h3>
      <p className="govuk-body">{english && detail ? detail : t('outcomes.evaluation.nothingBody')}</p>
      <p className="govuk-body">{t('outcomes.evaluation.nothingWhatToDo')}</p>
      {canManage ? (
        items.length > 0 ? (
          <ul className="govuk-list">
            {items.map((indicator) => (
              <li key={indicator.id}>
                <Link className="govuk-link" to={indicatorPath(indicator.id)}>
                  {t('outcomes.evaluation.addObservationsTo', { name: indicator.name })}
                </Link>
              </li>
            ))}
          </ul>
        ) : indicators.isSuccess ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={newIndicatorPath(initiative.service.slug)}>
              {t('outcomes.service.addIndicator')}
            </Link>
          </p>
        ) : null
      ) : null}
    </div>
  );
}

interface EvaluationProps {
  initiative: InitiativeView;
  months: number;
  canManage: boolean;
}

export function Evaluation({ initiative, months, canManage }: EvaluationProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const formatDate = useFormatDate();
  const format = useOutcomeFormat();
  const evaluation = useEvaluation(initiative.id, months);
  const data = evaluation.data;
  const conflict = isApiError(evaluation.error) && evaluation.error.status === 409 ? evaluation.error : null;

  // after choosing other months, continue from the figures rather than the top of the page
  // (this runs after the page heading has taken focus for the new address)
  useEffect(() => {
    const state = location.state as { focus?: string } | null;
    if (state?.focus === 'evaluation') document.getElementById(EVALUATION_HEADING_ID)?.focus();
  }, [location.key, location.state]);

  function apply(chosen: number) {
    const search = new URLSearchParams(location.search);
    search.set('months', String(chosen));
    void navigate({ search: `?${search.toString()}` }, { state: { focus: 'evaluation' }, preventScrollReset: true });
  }

  const monthsText = t('outcomes.evaluation.monthsOption', { count: months });
  let status: string | null = null;
  if (evaluation.isPending) status = t('outcomes.evaluation.loading');
  else if (evaluation.isError && !conflict) status = t('outcomes.evaluation.error');

  return (
    <section aria-labelledby={EVALUATION_HEADING_ID} className="govuk-!-margin-top-8" id="evaluation">
      <h2 className="govuk-heading-m" id={EVALUATION_HEADING_ID} tabIndex={-1}>
        {t('outcomes.evaluation.heading')}
      </h2>
      <p className="govuk-body">{t('outcomes.evaluation.intro')}</p>
      <Caveat />
      <MonthsForm key={months} months={months} onApply={apply} />

      {status ? (
        <StatusMessage>
          <p className={evaluation.isError ? 'govuk-error-message' : 'govuk-body'}>{status}</p>
        </StatusMessage>
      ) : null}
      {conflict ? <NothingToCompare initiative={initiative} detail={conflict.detail} canManage={canManage} /> : null}
      {data ? (
        <>
          <p className="govuk-body">
            {t('outcomes.evaluation.periods', {
              months: monthsText,
              beforeFrom: formatDate(data.beforeFrom),
              beforeTo: formatDate(dayBefore(data.startsOn)),
              startsOn: formatDate(data.startsOn),
              afterTo: formatDate(data.afterTo),
            })}
          </p>
          {(data.indicators ?? []).map((result, index) => (
            <IndicatorResultView key={result.indicatorId ?? `rating-${index}`} result={result} />
          ))}
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t('outcomes.evaluation.methodSummary')}</span>
            </summary>
            <div className="govuk-details__text">
              <p className="govuk-body">{t('outcomes.evaluation.methodAverages')}</p>
              <p className="govuk-body">
                {t('outcomes.evaluation.methodInterval', {
                  samples: format.count(data.bootstrapSamples),
                  seed: String(data.seed),
                })}
              </p>
              <p className="govuk-body">{t('outcomes.evaluation.methodComparison')}</p>
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}

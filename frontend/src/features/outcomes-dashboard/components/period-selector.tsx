// Which period the figures cover: three presets as links, or two dates in a small GET form. The URL
// holds the period (?from=&to=); this only edits it. Without JavaScript the form still works.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { useTimeZone } from '@/features/volunteering/api/get-settings';
import { DEFAULT_TIME_ZONE, localDate } from '@/features/volunteering/time';
import { checkPeriod, periodHref, PRESETS, presetPeriod, samePeriod, type Period, type PeriodError } from '../period';

interface PeriodSelectorProps {
  period: Period;
}

type FieldErrors = Partial<Record<'from' | 'to', PeriodError>>;

export function PeriodSelector({ period }: PeriodSelectorProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const today = localDate(new Date(), useTimeZone() ?? DEFAULT_TIME_ZONE);
  const [values, setValues] = useState(period);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkPeriod(values.from, values.to);
    if (found.length > 0) {
      setErrors(Object.fromEntries(found.map((entry) => [entry.field, entry.error])));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    void navigate(periodHref(pathname, values));
  }

  const summary = (['from', 'to'] as const)
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: `period-${field}`, message: t(`dashboard.period.errors.${errors[field]}`) }));

  function dateField(field: 'from' | 'to') {
    const id = `period-${field}`;
    const error = errors[field];
    const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          {t(`dashboard.period.${field}`)}
        </label>
        <div id={`${id}-hint`} className="govuk-hint">
          {t(`dashboard.period.${field}Hint`)}
        </div>
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {t(`dashboard.period.errors.${error}`)}
          </p>
        ) : null}
        <input
          className={`govuk-input app-date-field${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={field}
          type="date"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={values[field]}
          onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
        />
      </div>
    );
  }

  return (
    <form
      method="get"
      action={pathname}
      className="app-filters app-period-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="period-heading"
    >
      {summary.length > 0 ? <ErrorSummary errors={summary} focusKey={attempt} /> : null}
      <h2 className="govuk-heading-m" id="period-heading">
        {t('dashboard.period.heading')}
      </h2>
      <ul className="govuk-list app-period-presets" aria-label={t('dashboard.period.presets')}>
        {PRESETS.map((preset) => {
          const target = presetPeriod(preset, today);
          const current = samePeriod(target, period);
          return (
            <li key={preset}>
              <Link className="govuk-link" to={periodHref(pathname, target)} aria-current={current ? 'page' : undefined}>
                {current ? <strong>{t(`dashboard.period.${preset}`)}</strong> : t(`dashboard.period.${preset}`)}
              </Link>
            </li>
          );
        })}
      </ul>
      <fieldset className="govuk-fieldset" aria-describedby="period-dates-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('dashboard.period.dates')}</legend>
        <div id="period-dates-hint" className="govuk-hint">
          {t('dashboard.period.datesHint')}
        </div>
        <div className="app-period-form__dates">
          {dateField('from')}
          {dateField('to')}
        </div>
      </fieldset>
      <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
        {t('dashboard.period.apply')}
      </button>
    </form>
  );
}

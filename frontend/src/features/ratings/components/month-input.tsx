// A month and a year as two labelled selects in one fieldset: easier than a free-text date, and
// unlike <input type="month"> it works the same in every browser and screen reader.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRatingFormat } from '../scores';

export interface MonthParts {
  /** '1' … '12', or '' */
  month: string;
  /** '2026', or '' */
  year: string;
}

interface MonthInputProps {
  /** the selects get `${id}-month` and `${id}-year`: link errors to the month */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: MonthParts;
  years: number[];
  onChange: (value: MonthParts) => void;
}

export function MonthInput({ id, legend, hint, error, value, years, onChange }: MonthInputProps) {
  const { t } = useTranslation();
  const format = useRatingFormat();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const selectClass = `govuk-select${error ? ' govuk-select--error' : ''}`;

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {error}
          </p>
        ) : null}
        <div className="app-month-input">
          <div className="govuk-form-group app-month-input__item">
            <label className="govuk-label" htmlFor={`${id}-month`}>
              {t('ratings.form.month')}
            </label>
            <select
              className={selectClass}
              id={`${id}-month`}
              name={`${id}-month`}
              value={value.month}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange({ ...value, month: event.target.value })}
            >
              <option value="">{t('ratings.form.chooseMonth')}</option>
              {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
                <option key={month} value={String(month)}>
                  {format.monthName(month)}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group app-month-input__item">
            <label className="govuk-label" htmlFor={`${id}-year`}>
              {t('ratings.form.year')}
            </label>
            <select
              className={selectClass}
              id={`${id}-year`}
              name={`${id}-year`}
              value={value.year}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange({ ...value, year: event.target.value })}
            >
              <option value="">{t('ratings.form.chooseYear')}</option>
              {years.map((year) => (
                <option key={year} value={String(year)}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

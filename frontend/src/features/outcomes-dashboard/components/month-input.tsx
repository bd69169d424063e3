// A month as GOV.UK date input boxes without the day: month and year in a fieldset, with one hint
// and one error, like the date inputs of the other forms.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthParts } from './time-value-form-values';

interface MonthInputProps {
  /** the boxes get `${id}-month` and `${id}-year`: link errors to the month */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: MonthParts;
  onChange: (value: MonthParts) => void;
}

export function MonthInput({ id, legend, hint, error, value, onChange }: MonthInputProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const boxes = [
    { part: 'month' as const, label: t('volunteering.date.month'), width: 2 },
    { part: 'year' as const, label: t('volunteering.date.year'), width: 4 },
  ];
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
        <div className="govuk-date-input" id={id}>
          {boxes.map(({ part, label, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={error ? true : undefined}
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

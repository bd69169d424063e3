// Service, dates, place and "only with places left" for the list of opportunities.
// The URL holds the state; this form only edits it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/error-summary';
import type { SelectOption } from '@/components/form/fields';

export interface OpportunityFilterValues {
  service: string;
  /** calendar days, YYYY-MM-DD, or '' */
  from: string;
  to: string;
  place: string;
  hasPlaces: boolean;
}

interface OpportunityFiltersProps {
  initial: OpportunityFilterValues;
  services: SelectOption[];
  onSearch: (values: OpportunityFilterValues) => void;
}

export function OpportunityFilters({ initial, services, onSearch }: OpportunityFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [toError, setToError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const set = (field: 'service' | 'from' | 'to' | 'place') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setToError(true);
      setAttempt((n) => n + 1);
      return;
    }
    setToError(false);
    onSearch({ ...values, place: values.place.trim() });
  }

  const toMessage = t('volunteering.filters.toBeforeFrom');
  return (
    <form role="search" className="app-filters" onSubmit={submit} noValidate aria-labelledby="opportunity-filters-heading">
      {toError ? <ErrorSummary errors={[{ fieldId: 'opportunity-to', message: toMessage }]} focusKey={attempt} /> : null}
      <h2 className="govuk-heading-m" id="opportunity-filters-heading">
        {t('volunteering.filters.heading')}
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="opportunity-service">
          {t('volunteering.filters.service')}
        </label>
        <select
          className="govuk-select"
          id="opportunity-service"
          name="service"
          value={values.service}
          onChange={set('service')}
        >
          <option value="">{t('volunteering.filters.allServices')}</option>
          {/* the chosen service stays listed even before the list of services has loaded */}
          {values.service && !services.some((option) => option.value === values.service) ? (
            <option value={values.service}>{t('volunteering.filters.chosenService')}</option>
          ) : null}
          {services.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="opportunity-from">
              {t('volunteering.filters.from')}
            </label>
            <div id="opportunity-from-hint" className="govuk-hint">
              {t('volunteering.filters.fromHint')}
            </div>
            <input
              className="govuk-input app-date-field"
              id="opportunity-from"
              name="from"
              type="date"
              aria-describedby="opportunity-from-hint"
              value={values.from}
              onChange={set('from')}
            />
          </div>
        </div>
        <div className="govuk-grid-column-one-half">
          <div className={`govuk-form-group${toError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="opportunity-to">
              {t('volunteering.filters.to')}
            </label>
            <div id="opportunity-to-hint" className="govuk-hint">
              {t('volunteering.filters.toHint')}
            </div>
            {toError ? (
              <p id="opportunity-to-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {toMessage}
              </p>
            ) : null}
            <input
              className={`govuk-input app-date-field${toError ? ' govuk-input--error' : ''}`}
              id="opportunity-to"
              name="to"
              type="date"
              aria-describedby={toError ? 'opportunity-to-hint opportunity-to-error' : 'opportunity-to-hint'}
              aria-invalid={toError ? true : undefined}
              value={values.to}
              onChange={set('to')}
            />
          </div>
        </div>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="opportunity-place">
          {t('volunteering.filters.place')}
        </label>
        <div id="opportunity-place-hint" className="govuk-hint">
          {t('volunteering.filters.placeHint')}
        </div>
        <input
          className="govuk-input"
          id="opportunity-place"
          name="place"
          type="text"
          maxLength={120}
          aria-describedby="opportunity-place-hint"
          value={values.place}
          onChange={set('place')}
        />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="opportunity-has-places"
              name="hasPlaces"
              type="checkbox"
              checked={values.hasPlaces}
              onChange={(event) => setValues((current) => ({ ...current, hasPlaces: event.target.checked }))}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="opportunity-has-places">
              {t('volunteering.filters.hasPlaces')}
            </label>
          </div>
        </div>
      </div>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          {t('volunteering.filters.apply')}
        </button>
      </div>
    </form>
  );
}

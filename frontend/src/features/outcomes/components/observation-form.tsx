// Staff add one observation of an indicator: the date (GOV.UK date input) and the value, in the
// indicator's unit (shown as a fixed suffix, and sent as the observation's unit).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { dateFromParts } from '@/features/volunteering/components/contribution-form-values';
import { DateInput, emptyDate } from '@/features/volunteering/components/date-input';
import { DEFAULT_TIME_ZONE, localDate } from '@/features/volunteering/time';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { IndicatorView } from '@/types';
import { useRecordObservations } from '../api/indicators';
import { errorText, refusal, type FormError } from './form-error';
import {
  OBSERVATION_FIELD_IDS,
  OBSERVATION_FIELD_ORDER,
  observationFieldFromApi,
  parseValue,
  validateObservation,
  type ObservationField,
  type ObservationFormValues,
} from './observation-form-values';

type FieldErrors = Partial<Record<ObservationField, FormError>>;

interface ObservationFormProps {
  indicator: IndicatorView;
  /** saved: how many observations, and the indicator as it is now */
  onSaved: (count: number, indicator: IndicatorView) => void;
}

export function ObservationForm({ indicator, onSaved }: ObservationFormProps) {
  const { t } = useTranslation();
  const record = useRecordObservations();
  const [values, setValues] = useState<ObservationFormValues>({ date: emptyDate(), value: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  const errorFor = (field: ObservationField) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

  function fail(fields: FieldErrors, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const fields: FieldErrors = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = observationFieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'outcomes.errors.fromServer',
            values: { field: t(`outcomes.observationForm.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    if (isApiError(error) && error.status === 422) idempotency.current = null;
    fail({}, [refusal(error).error]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const today = localDate(new Date(), DEFAULT_TIME_ZONE);
    const problems = validateObservation(values, { today });
    if (Object.keys(problems).length > 0) {
      const mapped: FieldErrors = {};
      for (const [field, problem] of Object.entries(problems)) {
        mapped[field as ObservationField] = { key: `outcomes.errors.${problem.key}`, values: problem.values };
      }
      return fail(mapped);
    }
    const observations = [
      {
        observedOn: dateFromParts(values.date.day, values.date.month, values.date.year) ?? '',
        value: parseValue(values.value)!,
        unit: indicator.unit,
      },
    ];
    const body = JSON.stringify(observations);
    if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
    try {
      const saved = await record.mutateAsync({
        kind: 'values',
        indicatorId: indicator.id,
        observations,
        idempotencyKey: idempotency.current.key,
      });
      idempotency.current = null;
      setValues({ date: emptyDate(), value: '' });
      setFieldErrors({});
      setFormErrors([]);
      onSaved(1, saved);
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...OBSERVATION_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: OBSERVATION_FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];
  const valueError = errorFor('value');

  return (
    <section aria-labelledby="add-observation-heading" className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-s" id="add-observation-heading">
        {t('outcomes.observationForm.heading')}
      </h3>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit} aria-labelledby="add-observation-heading">
        <DateInput
          id="observation-date"
          legend={t('outcomes.observationForm.date')}
          hint={t('outcomes.observationForm.dateHint')}
          error={errorFor('date')}
          value={values.date}
          onChange={(date) => setValues((current) => ({ ...current, date }))}
        />
        <div className={`govuk-form-group${valueError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={OBSERVATION_FIELD_IDS.value}>
            {t('outcomes.observationForm.value')}
          </label>
          <div id="observation-value-hint" className="govuk-hint app-break-word">
            {t('outcomes.observationForm.valueHint', { unit: indicator.unit })}
          </div>
          {valueError ? (
            <p id="observation-value-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {valueError}
            </p>
          ) : null}
          <div className="govuk-input__wrapper app-input-wrapper">
            <input
              className={`govuk-input govuk-input--width-5${valueError ? ' govuk-input--error' : ''}`}
              id={OBSERVATION_FIELD_IDS.value}
              name="value"
              type="text"
              // no inputMode="decimal": a value can be negative, and a phone's decimal keypad has no minus sign
              autoComplete="off"
              spellCheck={false}
              aria-describedby={['observation-value-hint', valueError ? 'observation-value-error' : null]
                .filter(Boolean)
                .join(' ')}
              aria-invalid={valueError ? true : undefined}
              value={values.value}
              onChange={(event) => setValues((current) => ({ ...current, value: event.target.value }))}
            />
            <div className="govuk-input__suffix app-input-suffix" aria-hidden="true">
              {indicator.unit}
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button" aria-disabled={record.isPending ? true : undefined}>
          {t('outcomes.observationForm.submit')}
        </button>
      </form>
    </section>
  );
}

// Staff define an outcome indicator of a service: what is counted, in which unit, and which way is
// better. A name the service already uses is refused (409) and shown against the name.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { CharacterCount } from '@/components/form/character-count';
import { TextInput } from '@/components/form/fields';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { IndicatorInput } from '@/types';
import { BETTER } from '../outcomes';
import { errorText, refusal, type FormError } from './form-error';
import {
  INDICATOR_DESCRIPTION_MAX,
  INDICATOR_FIELD_IDS,
  INDICATOR_FIELD_ORDER,
  emptyIndicatorValues,
  indicatorFieldFromApi,
  toIndicatorInput,
  validateIndicator,
  type IndicatorField,
  type IndicatorFormValues,
} from './indicator-form-values';

type FieldErrors = Partial<Record<IndicatorField, FormError>>;

interface IndicatorFormProps {
  serviceId: string;
  cancelTo: string;
  /** saves the input; throws ApiError when the API refuses it */
  onSave: (input: IndicatorInput, idempotencyKey: string) => Promise<void>;
}

export function IndicatorForm({ serviceId, cancelTo, onSave }: IndicatorFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<IndicatorFormValues>(emptyIndicatorValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  const set = <K extends keyof IndicatorFormValues>(field: K, value: IndicatorFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: IndicatorField) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

  function fail(fields: FieldErrors, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown, name: string) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const fields: FieldErrors = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = indicatorFieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'outcomes.errors.fromServer',
            values: { field: t(`outcomes.indicatorForm.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    if (isApiError(error) && error.status === 409) {
      return fail({ name: { key: 'outcomes.errors.indicatorNameTaken', values: { name } } });
    }
    if (isApiError(error) && error.status === 422) idempotency.current = null;
    fail({}, [refusal(error).error]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const problems = validateIndicator(values);
    if (Object.keys(problems).length > 0) {
      const mapped: FieldErrors = {};
      for (const [field, problem] of Object.entries(problems)) {
        mapped[field as IndicatorField] = { key: `outcomes.errors.${problem.key}`, values: problem.values };
      }
      return fail(mapped);
    }
    const input = toIndicatorInput(values, serviceId);
    const body = JSON.stringify(input);
    if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
    setSubmitting(true);
    try {
      await onSave(input, idempotency.current.key);
    } catch (error) {
      handleApiError(error, input.name);
    } finally {
      setSubmitting(false);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...INDICATOR_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: INDICATOR_FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];
  const betterError = errorFor('better');

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        <TextInput
          id={INDICATOR_FIELD_IDS.name}
          label={t('outcomes.indicatorForm.name')}
          hint={t('outcomes.indicatorForm.nameHint')}
          error={errorFor('name')}
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          autoComplete="off"
          spellCheck
        />
        <TextInput
          id={INDICATOR_FIELD_IDS.unit}
          label={t('outcomes.indicatorForm.unit')}
          hint={t('outcomes.indicatorForm.unitHint')}
          error={errorFor('unit')}
          value={values.unit}
          onChange={(event) => set('unit', event.target.value)}
          autoComplete="off"
          className="govuk-input--width-20"
        />
        <div className={`govuk-form-group${betterError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['indicator-better-hint', betterError ? 'indicator-better-error' : null].filter(Boolean).join(' ')}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('outcomes.indicatorForm.better')}</legend>
            <div id="indicator-better-hint" className="govuk-hint">
              {t('outcomes.indicatorForm.betterHint')}
            </div>
            {betterError ? (
              <p id="indicator-better-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {betterError}
              </p>
            ) : null}
            <div className="govuk-radios">
              {BETTER.map((better) => (
                <div className="govuk-radios__item" key={better}>
                  <input
                    className="govuk-radios__input"
                    id={`indicator-better-${better}`}
                    name="better"
                    type="radio"
                    value={better}
                    checked={values.better === better}
                    onChange={() => set('better', better)}
                    aria-describedby={`indicator-better-${better}-hint`}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`indicator-better-${better}`}>
                    {t(`outcomes.better.${better}`)}
                  </label>
                  <div id={`indicator-better-${better}-hint`} className="govuk-hint govuk-radios__hint">
                    {t(`outcomes.betterHint.${better}`)}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <CharacterCount
          id={INDICATOR_FIELD_IDS.description}
          label={t('outcomes.indicatorForm.description')}
          hint={t('outcomes.indicatorForm.descriptionHint')}
          error={errorFor('description')}
          max={INDICATOR_DESCRIPTION_MAX}
          rows={4}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
          spellCheck
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" aria-disabled={submitting ? true : undefined}>
            {t('outcomes.indicatorForm.create')}
          </button>
          <Link className="govuk-link" to={cancelTo}>
            {t('outcomes.indicatorForm.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

// The one form for creating and changing an opportunity, with the GOV.UK error summary pattern:
// client-side checks first, then the API's answer mapped onto the same fields.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Select, TextInput, Textarea } from '@/components/form/fields';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { OpportunityInput, OpportunityView, ServiceView } from '@/types';
import { errorText, generalError, type FormError } from './form-error';
import {
  FIELD_IDS,
  FIELD_ORDER,
  OPPORTUNITY_STATES,
  emptyValues,
  fieldFromApi,
  toOpportunityInput,
  validateOpportunity,
  valuesFromOpportunity,
  type OpportunityFormField,
  type OpportunityFormValues,
} from './opportunity-form-values';

interface OpportunityFormProps {
  mode: 'create' | 'edit';
  opportunity?: OpportunityView;
  /** services the person may add opportunities to (create only) */
  services?: ServiceView[];
  /** the service to start with (create only) */
  initialServiceId?: string;
  cancelTo: string;
  /** saves the input; throws ApiError when the API refuses it */
  onSave: (input: OpportunityInput, idempotencyKey: string) => Promise<void>;
}

type FieldErrors = Partial<Record<OpportunityFormField, FormError>>;

export function OpportunityForm({ mode, opportunity, services = [], initialServiceId, cancelTo, onSave }: OpportunityFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<OpportunityFormValues>(() => {
    if (opportunity) return valuesFromOpportunity(opportunity);
    const preset = services.find((service) => service.id === initialServiceId)?.id;
    return emptyValues(preset ?? (services.length === 1 ? services[0].id : ''));
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [showReload, setShowReload] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  const errorFor = (field: OpportunityFormField) => {
    const error = fieldErrors[field];
    return error ? errorText(t, error) : undefined;
  };
  const set = <K extends OpportunityFormField>(field: K, value: OpportunityFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function fail(fields: FieldErrors, general: FormError[] = [], reload = false) {
    setFieldErrors(fields);
    setFormErrors(general);
    setShowReload(reload);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400) {
      const fields: FieldErrors = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = fieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'volunteeringStaff.errors.fromServer',
            values: { field: t(`volunteeringStaff.form.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      if (Object.keys(fields).length === 0 && general.length === 0) general.push(generalError(error));
      return fail(fields, general);
    }
    if (isApiError(error) && error.status === 412) {
      return fail({}, [{ key: 'volunteeringStaff.errors.opportunityChanged' }], true);
    }
    if (isApiError(error) && error.status === 422) {
      idempotency.current = null;
      return fail({}, [{ key: 'volunteeringStaff.errors.idempotencyMismatch' }]);
    }
    fail({}, [generalError(error)]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const clientErrors = validateOpportunity(values);
    if (Object.keys(clientErrors).length > 0) {
      const mapped: FieldErrors = {};
      for (const [field, key] of Object.entries(clientErrors)) {
        mapped[field as OpportunityFormField] = { key: `volunteeringStaff.errors.${key}` };
      }
      return fail(mapped);
    }
    const input = toOpportunityInput(values);
    const body = JSON.stringify(input);
    if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
    setSubmitting(true);
    try {
      await onSave(input, idempotency.current.key);
    } catch (error) {
      handleApiError(error);
    } finally {
      setSubmitting(false);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];
  const stateError = errorFor('state');
  const coordinatesError = errorFor('latitude') ?? errorFor('longitude');

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={attempt}>
        {showReload ? (
          <p className="govuk-body">
            <a className="govuk-link" href={typeof window === 'undefined' ? '' : window.location.pathname}>
              {t('volunteeringStaff.errors.reload')}
            </a>
          </p>
        ) : null}
      </ErrorSummary>

      {mode === 'create' ? (
        <Select
          id={FIELD_IDS.serviceId}
          label={t('volunteeringStaff.form.service')}
          hint={t('volunteeringStaff.form.serviceHint')}
          error={errorFor('serviceId')}
          options={services.map((service) => ({ value: service.id, label: service.name }))}
          placeholder={t('volunteeringStaff.form.chooseService')}
          value={values.serviceId}
          onChange={(event) => set('serviceId', event.target.value)}
        />
      ) : null}

      <TextInput
        id={FIELD_IDS.title}
        label={t('volunteeringStaff.form.title')}
        hint={t('volunteeringStaff.form.titleHint')}
        error={errorFor('title')}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        autoComplete="off"
        spellCheck
      />
      <Textarea
        id={FIELD_IDS.description}
        label={t('volunteeringStaff.form.description')}
        hint={t('volunteeringStaff.form.descriptionHint')}
        error={errorFor('description')}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
        rows={8}
        spellCheck
      />
      <TextInput
        id={FIELD_IDS.placeName}
        label={t('volunteeringStaff.form.place')}
        hint={t('volunteeringStaff.form.placeHint')}
        error={errorFor('placeName')}
        value={values.placeName}
        onChange={(event) => set('placeName', event.target.value)}
      />

      <div className={`govuk-form-group${coordinatesError ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby="opportunity-map-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('volunteeringStaff.form.map')}</legend>
          <div id="opportunity-map-hint" className="govuk-hint">
            {t('volunteeringStaff.form.mapHint')}
          </div>
          {/* no inputMode="decimal": coordinates can be negative, and a phone's decimal keypad has no minus sign */}
          <TextInput
            id={FIELD_IDS.latitude}
            label={t('volunteeringStaff.form.latitude')}
            error={errorFor('latitude')}
            value={values.latitude}
            onChange={(event) => set('latitude', event.target.value)}
            spellCheck={false}
            className="govuk-input--width-10"
          />
          <TextInput
            id={FIELD_IDS.longitude}
            label={t('volunteeringStaff.form.longitude')}
            error={errorFor('longitude')}
            value={values.longitude}
            onChange={(event) => set('longitude', event.target.value)}
            spellCheck={false}
            className="govuk-input--width-10"
          />
        </fieldset>
      </div>

      <Textarea
        id={FIELD_IDS.whatToBring}
        label={t('volunteeringStaff.form.bring')}
        hint={t('volunteeringStaff.form.bringHint')}
        error={errorFor('whatToBring')}
        value={values.whatToBring}
        onChange={(event) => set('whatToBring', event.target.value)}
        rows={3}
        spellCheck
      />
      <TextInput
        id={FIELD_IDS.skills}
        label={t('volunteeringStaff.form.skills')}
        hint={t('volunteeringStaff.form.skillsHint')}
        error={errorFor('skills')}
        value={values.skills}
        onChange={(event) => set('skills', event.target.value)}
      />
      <TextInput
        id={FIELD_IDS.minimumAge}
        label={t('volunteeringStaff.form.minimumAge')}
        hint={t('volunteeringStaff.form.minimumAgeHint')}
        error={errorFor('minimumAge')}
        value={values.minimumAge}
        onChange={(event) => set('minimumAge', event.target.value)}
        inputMode="numeric"
        spellCheck={false}
        className="govuk-input--width-3"
      />
      <TextInput
        id={FIELD_IDS.checks}
        label={t('volunteeringStaff.form.checks')}
        hint={t('volunteeringStaff.form.checksHint')}
        error={errorFor('checks')}
        value={values.checks}
        onChange={(event) => set('checks', event.target.value)}
        spellCheck={false}
      />

      <div className={`govuk-form-group${stateError ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={stateError ? 'opportunity-state-error' : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">{t('volunteeringStaff.form.state')}</h2>
          </legend>
          {stateError ? (
            <p id="opportunity-state-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {stateError}
            </p>
          ) : null}
          <div className="govuk-radios">
            {OPPORTUNITY_STATES.map((state) => (
              <div className="govuk-radios__item" key={state}>
                <input
                  className="govuk-radios__input"
                  id={`opportunity-state-${state}`}
                  name="opportunity-state"
                  type="radio"
                  value={state}
                  checked={values.state === state}
                  onChange={() => set('state', state)}
                  aria-describedby={`opportunity-state-${state}-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`opportunity-state-${state}`}>
                  {t(`volunteeringStaff.state.${state}`)}
                </label>
                <div id={`opportunity-state-${state}-hint`} className="govuk-hint govuk-radios__hint">
                  {t(`volunteeringStaff.stateHint.${state}`)}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={submitting ? true : undefined}>
          {mode === 'create' ? t('volunteeringStaff.form.create') : t('volunteeringStaff.form.save')}
        </button>
        <Link className="govuk-link" to={cancelTo}>
          {t('volunteeringStaff.form.cancel')}
        </Link>
      </div>
    </form>
  );
}

// The one form for declaring and changing a co-production initiative, with the GOV.UK error summary
// pattern: client-side checks first, then the API's answer mapped onto the same fields.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { CharacterCount } from '@/components/form/character-count';
import { TextInput } from '@/components/form/fields';
import { StatusMessage } from '@/components/status-message';
import { useServices } from '@/features/services/api/get-services';
import { DateInput } from '@/features/volunteering/components/date-input';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { Co, InitiativeInput, ServiceRef } from '@/types';
import { COS } from '../outcomes';
import { errorText, refusal, type FormError } from './form-error';
import {
  COMPARISONS_MAX,
  DESCRIPTION_MAX,
  INITIATIVE_FIELD_IDS,
  INITIATIVE_FIELD_ORDER,
  initiativeFieldFromApi,
  toInitiativeInput,
  validateInitiative,
  type InitiativeField,
  type InitiativeFormValues,
} from './initiative-form-values';

type FieldErrors = Partial<Record<InitiativeField, FormError>>;

/** Up to 100 services (the API's largest page) to choose comparison services from. */
const COMPARISON_CHOICES = { limit: 100 };

interface InitiativeFormProps {
  mode: 'create' | 'edit';
  /** the service the initiative belongs to (it cannot move to another) */
  service: Pick<ServiceRef, 'id' | 'name'>;
  initialValues: InitiativeFormValues;
  /** comparison services already chosen, shown even when they are not among the services listed */
  chosenComparisons?: ServiceRef[];
  cancelTo: string;
  /** saves the input; throws ApiError when the API refuses it */
  onSave: (input: InitiativeInput, idempotencyKey: string) => Promise<void>;
  /** start again from the initiative as it is now (after a 412) */
  onReload?: () => void;
}

const coId = (co: Co) => `initiative-co-${co}`;
const comparisonId = (serviceId: string) => `initiative-comparison-${serviceId}`;

export function InitiativeForm({
  mode,
  service,
  initialValues,
  chosenComparisons = [],
  cancelTo,
  onSave,
  onReload,
}: InitiativeFormProps) {
  const { t } = useTranslation();
  const services = useServices(COMPARISON_CHOICES);
  const [values, setValues] = useState<InitiativeFormValues>(initialValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [showReload, setShowReload] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  // every other live service, and any chosen one the list does not include, by name
  const listed = (services.data?.items ?? []).map((item) => ({ id: item.id, name: item.name }));
  const options = [...listed, ...chosenComparisons.filter((chosen) => !listed.some((item) => item.id === chosen.id))]
    .filter((option) => option.id !== service.id)
    .sort((a, b) => a.name.localeCompare(b.name));

  const set = <K extends keyof InitiativeFormValues>(field: K, value: InitiativeFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: InitiativeField) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);
  const toggle = <T extends string>(list: T[], item: T, checked: boolean): T[] =>
    checked ? (list.includes(item) ? list : [...list, item]) : list.filter((entry) => entry !== item);

  function fail(fields: FieldErrors, general: FormError[] = [], reload = false) {
    setFieldErrors(fields);
    setFormErrors(general);
    setShowReload(reload);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const fields: FieldErrors = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = initiativeFieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'outcomes.errors.fromServer',
            values: { field: t(`outcomes.initiativeForm.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    if (isApiError(error) && error.status === 422) idempotency.current = null;
    const { error: general, reload } = refusal(error);
    fail({}, [general], reload && !!onReload);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const problems = validateInitiative(values);
    if (Object.keys(problems).length > 0) {
      const mapped: FieldErrors = {};
      for (const [field, problem] of Object.entries(problems)) {
        mapped[field as InitiativeField] = { key: `outcomes.errors.${problem.key}`, values: problem.values };
      }
      return fail(mapped);
    }
    const input = toInitiativeInput(values, service.id);
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

  const fieldIds: Record<InitiativeField, string> = {
    ...INITIATIVE_FIELD_IDS,
    comparisonServiceIds: options.length > 0 ? comparisonId(options[0].id) : INITIATIVE_FIELD_IDS.comparisonServiceIds,
  };
  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...INITIATIVE_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: fieldIds[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];
  const cosError = errorFor('cos');
  const comparisonError = errorFor('comparisonServiceIds');

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt}>
        {showReload && onReload ? (
          <p className="govuk-body">
            <button type="button" className="app-link-button" onClick={onReload}>
              {t('outcomes.errors.reload')}
            </button>
          </p>
        ) : null}
      </ErrorSummary>
      <form noValidate onSubmit={submit}>
        <TextInput
          id={INITIATIVE_FIELD_IDS.name}
          label={t('outcomes.initiativeForm.name')}
          hint={t('outcomes.initiativeForm.nameHint')}
          error={errorFor('name')}
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          autoComplete="off"
          spellCheck
        />
        <CharacterCount
          id={INITIATIVE_FIELD_IDS.description}
          label={t('outcomes.initiativeForm.description')}
          hint={t('outcomes.initiativeForm.descriptionHint')}
          error={errorFor('description')}
          max={DESCRIPTION_MAX}
          rows={6}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
          spellCheck
        />
        <DateInput
          id="initiative-starts-on"
          legend={t('outcomes.initiativeForm.startsOn')}
          hint={t('outcomes.initiativeForm.startsOnHint')}
          error={errorFor('startsOn')}
          value={values.startsOn}
          onChange={(date) => set('startsOn', date)}
        />
        <DateInput
          id="initiative-ends-on"
          legend={t('outcomes.initiativeForm.endsOn')}
          hint={t('outcomes.initiativeForm.endsOnHint')}
          error={errorFor('endsOn')}
          value={values.endsOn}
          onChange={(date) => set('endsOn', date)}
        />

        <div className={`govuk-form-group${cosError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['initiative-cos-hint', cosError ? 'initiative-cos-error' : null].filter(Boolean).join(' ')}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('outcomes.initiativeForm.cos')}</legend>
            <div id="initiative-cos-hint" className="govuk-hint">
              {t('outcomes.initiativeForm.cosHint')}
            </div>
            {cosError ? (
              <p id="initiative-cos-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {cosError}
              </p>
            ) : null}
            <div className="govuk-checkboxes">
              {COS.map((co) => (
                <div className="govuk-checkboxes__item" key={co}>
                  <input
                    className="govuk-checkboxes__input"
                    id={coId(co)}
                    name="cos"
                    type="checkbox"
                    value={co}
                    checked={values.cos.includes(co)}
                    onChange={(event) => set('cos', toggle(values.cos, co, event.target.checked))}
                    aria-describedby={`${coId(co)}-hint`}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={coId(co)}>
                    {t(`outcomes.cos.${co}.name`)}
                  </label>
                  <div id={`${coId(co)}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {t(`outcomes.cos.${co}.hint`)}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>

        <div className={`govuk-form-group${comparisonError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['initiative-comparisons-hint', comparisonError ? 'initiative-comparisons-error' : null]
              .filter(Boolean)
              .join(' ')}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {t('outcomes.initiativeForm.comparisons')}
            </legend>
            <div id="initiative-comparisons-hint" className="govuk-hint">
              {t('outcomes.initiativeForm.comparisonsHint', { max: COMPARISONS_MAX })}
            </div>
            {comparisonError ? (
              <p id="initiative-comparisons-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {comparisonError}
              </p>
            ) : null}
            {options.length > 0 ? (
              <div className="govuk-checkboxes govuk-checkboxes--small" id={INITIATIVE_FIELD_IDS.comparisonServiceIds}>
                {options.map((option) => (
                  <div className="govuk-checkboxes__item" key={option.id}>
                    <input
                      className="govuk-checkboxes__input"
                      id={comparisonId(option.id)}
                      name="comparisonServiceIds"
                      type="checkbox"
                      value={option.id}
                      checked={values.comparisonServiceIds.includes(option.id)}
                      onChange={(event) =>
                        set('comparisonServiceIds', toggle(values.comparisonServiceIds, option.id, event.target.checked))
                      }
                    />
                    <label className="govuk-label govuk-checkboxes__label app-break-word" htmlFor={comparisonId(option.id)}>
                      {option.name}
                    </label>
                  </div>
                ))}
              </div>
            ) : services.isPending || services.isError ? (
              <StatusMessage>
                <p className={services.isError ? 'govuk-error-message' : 'govuk-body'}>
                  {services.isError ? t('outcomes.initiativeForm.comparisonsError') : t('outcomes.initiativeForm.comparisonsLoading')}
                </p>
              </StatusMessage>
            ) : (
              <p className="govuk-body">{t('outcomes.initiativeForm.noComparisons')}</p>
            )}
          </fieldset>
        </div>

        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" aria-disabled={submitting ? true : undefined}>
            {mode === 'create' ? t('outcomes.initiativeForm.create') : t('outcomes.initiativeForm.save')}
          </button>
          <Link className="govuk-link" to={cancelTo}>
            {t('outcomes.initiativeForm.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

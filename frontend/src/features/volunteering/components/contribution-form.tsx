// Record help given outside any shift: service, kind (the service's own list), date, optional hours
// and note, with the GOV.UK error summary pattern.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Select, Textarea, TextInput, type SelectOption } from '@/components/form/fields';
import { StatusMessage } from '@/components/status-message';
import { formatDate } from '@/lib/format';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { ContributionInput } from '@/types';
import { useContributionKinds } from '../api/contributions';
import { localDate } from '../time';
import {
  CONTRIBUTION_FIELD_ORDER,
  FIELD_IDS,
  HOURS_MAX,
  NOTE_MAX,
  contributionFieldFromApi,
  emptyContributionValues,
  toContributionInput,
  validateContribution,
  type ContributionField,
  type ContributionFormValues,
  type FieldProblem,
} from './contribution-form-values';
import { DateInput } from './date-input';

/** an i18n key (with its values), or words from the API */
type FormError = FieldProblem | { text: string };

const SERVER_FIELD_PROBLEMS: Record<ContributionField, FieldProblem> = {
  serviceId: { key: 'serviceUnknown' },
  kindId: { key: 'kindUnknown' },
  date: { key: 'dateRefused' },
  hours: { key: 'hoursInvalid', params: { max: HOURS_MAX } },
  note: { key: 'noteTooLong', params: { max: NOTE_MAX } },
};

interface ContributionFormProps {
  services: SelectOption[];
  initialServiceId?: string;
  timeZone: string;
  /** saves the input; throws ApiError when the API refuses it */
  onSave: (input: ContributionInput, idempotencyKey: string) => Promise<void>;
}

export function ContributionForm({ services, initialServiceId = '', timeZone, onSave }: ContributionFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [values, setValues] = useState<ContributionFormValues>(() => emptyContributionValues(initialServiceId));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ContributionField, FormError>>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useRef<{ body: string; key: string } | null>(null);
  const kinds = useContributionKinds(values.serviceId);
  const kindList = kinds.data?.items ?? [];
  const serviceName = services.find((option) => option.value === values.serviceId)?.label ?? '';

  const message = (error: FormError): string => {
    if ('text' in error) return error.text;
    const params = { ...error.params };
    if (typeof params.earliest === 'string') params.earliest = formatDate(params.earliest, language);
    return t(`volunteering.record.errors.${error.key}`, params);
  };
  const errorFor = (field: ContributionField) => (fieldErrors[field] ? message(fieldErrors[field]!) : undefined);
  const set = (field: keyof ContributionFormValues, value: string) => setValues((current) => ({ ...current, [field]: value }));

  function fail(fields: Partial<Record<ContributionField, FormError>>, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (!isApiError(error)) return fail({}, [{ key: 'generic' }]);
    switch (error.status) {
      case 0:
        return fail({}, [{ text: t('volunteering.errors.network') }]);
      case 400: {
        const fields: Partial<Record<ContributionField, FormError>> = {};
        const general: FormError[] = [];
        // the API's field messages are English fragments ("cannot be in the future"): say it in our words
        for (const fieldError of error.fieldErrors) {
          const field = contributionFieldFromApi(fieldError.field);
          if (field && !fields[field]) fields[field] = SERVER_FIELD_PROBLEMS[field];
        }
        if (Object.keys(fields).length === 0) general.push({ key: 'generic' });
        return fail(fields, general);
      }
      case 401:
        return fail({}, [{ text: t('volunteering.errors.signedOut') }]);
      case 409:
        return fail({}, [error.detail ? { text: error.detail } : { key: 'generic' }]);
      case 422:
        idempotency.current = null;
        return fail({}, [{ key: 'idempotencyMismatch' }]);
      case 429:
        return fail({}, [{ text: t('volunteering.errors.tooMany') }]);
      default:
        return fail({}, [{ key: 'generic' }]);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const clientErrors = validateContribution(values, {
      today: localDate(Date.now(), timeZone),
      // while the kinds load, leave the choice to the kind field
      serviceHasKinds: !kinds.isSuccess || kindList.length > 0,
    });
    if (Object.keys(clientErrors).length > 0) return fail(clientErrors);

    const input = toContributionInput(values);
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
    ...formErrors.map((error) => ({ message: message(error) })),
    ...CONTRIBUTION_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: FIELD_IDS[field],
      message: message(fieldErrors[field]!),
    })),
  ];

  const kindError = errorFor('kindId');
  let kindsStatus = '';
  if (values.serviceId && kinds.isPending) kindsStatus = t('volunteering.record.kindsLoading');
  else if (kinds.isError) kindsStatus = t('volunteering.record.kindsError');
  else if (kinds.isSuccess && kindList.length === 0) kindsStatus = t('volunteering.record.noKinds', { service: serviceName });

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <Select
        id="serviceId"
        label={t('volunteering.record.service')}
        hint={t('volunteering.record.serviceHint')}
        error={errorFor('serviceId')}
        options={services}
        placeholder={t('volunteering.record.chooseService')}
        value={values.serviceId}
        onChange={(event) => setValues((current) => ({ ...current, serviceId: event.target.value, kindId: '' }))}
      />
      <StatusMessage>
        {kindsStatus ? <p className={kinds.isError ? 'govuk-error-message' : 'govuk-body'}>{kindsStatus}</p> : null}
      </StatusMessage>
      {kindList.length > 0 ? (
        <div className={`govuk-form-group${kindError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={kindError ? 'kindId-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('volunteering.record.kind')}</legend>
            {kindError ? (
              <p id="kindId-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {kindError}
              </p>
            ) : null}
            <div className="govuk-radios govuk-radios--small">
              {kindList.map((kind, index) => {
                const id = index === 0 ? 'kindId' : `kindId-${kind.id}`;
                return (
                  <div className="govuk-radios__item" key={kind.id}>
                    <input
                      className="govuk-radios__input"
                      id={id}
                      name="kindId"
                      type="radio"
                      value={kind.id}
                      checked={values.kindId === kind.id}
                      onChange={() => set('kindId', kind.id)}
                    />
                    <label className="govuk-label govuk-radios__label app-break-word" htmlFor={id}>
                      {kind.name}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
      ) : null}
      <DateInput
        id="date"
        legend={t('volunteering.record.date')}
        hint={t('volunteering.record.dateHint')}
        error={errorFor('date')}
        value={{ day: values.day, month: values.month, year: values.year }}
        onChange={(date) => setValues((current) => ({ ...current, ...date }))}
      />
      <TextInput
        id="hours"
        label={t('volunteering.record.hours')}
        hint={t('volunteering.record.hoursHint', { max: HOURS_MAX })}
        error={errorFor('hours')}
        className="govuk-input--width-4"
        inputMode="decimal"
        autoComplete="off"
        value={values.hours}
        onChange={(event) => set('hours', event.target.value)}
      />
      <Textarea
        id="note"
        label={t('volunteering.record.note')}
        hint={t('volunteering.record.noteHint', { max: NOTE_MAX })}
        error={errorFor('note')}
        rows={4}
        value={values.note}
        onChange={(event) => set('note', event.target.value)}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={submitting ? true : undefined}>
          {t('volunteering.record.submit')}
        </button>
        <Link className="govuk-link" to="/my-shifts">
          {t('volunteering.record.cancel')}
        </Link>
      </div>
    </form>
  );
}

// The fields of a shift, for adding one and for changing one: a date, start and end times and places,
// entered in the instance's time zone; optionally when sign-up opens and closes and the cancellation
// deadline. Checks what was typed, then saves; shows the API's field errors and refusals.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { TextInput } from '@/components/form/fields';
import { StatusMessage } from '@/components/status-message';
import { isApiError } from '@/lib/api-client';
import type { ShiftInput } from '@/types';
import { DateInput, type DateParts } from '../../components/date-input';
import { errorText, generalError, type FormError } from './form-error';
import {
  SHIFT_FIELD_IDS,
  SHIFT_FIELD_ORDER,
  emptyShiftValues,
  shiftFieldFromApi,
  toShiftInput,
  type ShiftFormField,
  type ShiftFormValues,
} from './shift-form-values';

type FieldErrors = Partial<Record<ShiftFormField, FormError>>;

/** What a save did: a message to announce under the button, and whether to empty the form. */
export interface ShiftSaved {
  message?: string;
  reset?: boolean;
}

interface ShiftFormProps {
  timeZone: string;
  /** what the fields start with (empty when adding) */
  initialValues?: ShiftFormValues;
  /** shown under the error summary, above the fields */
  intro?: ReactNode;
  submitLabel: string;
  /** hint for when sign-up opens (what leaving it blank means differs between adding and changing) */
  opensHint?: string;
  busy: boolean;
  /** Saves the shift; throws the API's error when refused. */
  onSave: (input: ShiftInput, values: ShiftFormValues) => Promise<ShiftSaved | void>;
  /** next to the button, such as a Cancel link */
  secondary?: ReactNode;
}

export function ShiftForm({
  timeZone,
  initialValues,
  intro,
  submitLabel,
  opensHint,
  busy,
  onSave,
  secondary,
}: ShiftFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ShiftFormValues>(() => initialValues ?? emptyShiftValues());
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [showReload, setShowReload] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState('');

  const set = <K extends ShiftFormField>(field: K, value: ShiftFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: ShiftFormField) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

  function fail(fields: FieldErrors, general: FormError[] = [], reload = false) {
    setFieldErrors(fields);
    setFormErrors(general);
    setShowReload(reload);
    setDone('');
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const fields: FieldErrors = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = shiftFieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'volunteeringStaff.errors.fromServer',
            values: { field: t(`volunteeringStaff.shiftForm.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    if (isApiError(error) && error.status === 412) {
      return fail({}, [{ key: 'volunteeringStaff.editShift.stale' }], true);
    }
    fail({}, [generalError(error)]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const result = toShiftInput(values, timeZone);
    if (result.errors) {
      const mapped: FieldErrors = {};
      for (const [field, key] of Object.entries(result.errors)) {
        mapped[field as ShiftFormField] = { key: `volunteeringStaff.shiftForm.errors.${key}` };
      }
      return fail(mapped);
    }
    try {
      const saved = await onSave(result.input, values);
      setFieldErrors({});
      setFormErrors([]);
      setShowReload(false);
      if (saved?.reset) setValues(emptyShiftValues());
      setDone(saved?.message ?? '');
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...SHIFT_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: SHIFT_FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];
  const timeHint = t('volunteeringStaff.shiftForm.timeHint');

  /** An optional moment: a heading, then its date and time. */
  const moment = (
    name: 'opens' | 'closes' | 'cancel',
    hint: string,
    dateField: 'opensDate' | 'closesDate' | 'cancelDate',
    timeField: 'opensTime' | 'closesTime' | 'cancelTime',
  ) => (
    <div className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{t(`volunteeringStaff.shiftForm.${name}`)}</h3>
      <DateInput
        id={`shift-${name}-date`}
        legend={t(`volunteeringStaff.shiftForm.${name}Date`)}
        hint={hint}
        error={errorFor(dateField)}
        value={values[dateField]}
        onChange={(date: DateParts) => set(dateField, date)}
      />
      <TextInput
        id={`shift-${name}-time`}
        label={t(`volunteeringStaff.shiftForm.${name}Time`)}
        hint={timeHint}
        error={errorFor(timeField)}
        value={values[timeField]}
        onChange={(event) => set(timeField, event.target.value)}
        autoComplete="off"
        spellCheck={false}
        className="govuk-input--width-5"
      />
    </div>
  );

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt}>
        {showReload ? (
          <p className="govuk-body">
            <a className="govuk-link" href={typeof window === 'undefined' ? '' : window.location.pathname}>
              {t('volunteeringStaff.errors.reload')}
            </a>
          </p>
        ) : null}
      </ErrorSummary>
      {intro}
      <form noValidate onSubmit={submit}>
        <DateInput
          id="shift-date"
          legend={t('volunteeringStaff.shiftForm.date')}
          hint={t('volunteeringStaff.shiftForm.dateHint')}
          error={errorFor('date')}
          value={values.date}
          onChange={(date) => set('date', date)}
        />
        <TextInput
          id="shift-start"
          label={t('volunteeringStaff.shiftForm.start')}
          hint={timeHint}
          error={errorFor('start')}
          value={values.start}
          onChange={(event) => set('start', event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="govuk-input--width-5"
        />
        <TextInput
          id="shift-end"
          label={t('volunteeringStaff.shiftForm.end')}
          hint={t('volunteeringStaff.shiftForm.endHint')}
          error={errorFor('end')}
          value={values.end}
          onChange={(event) => set('end', event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="govuk-input--width-5"
        />
        <TextInput
          id="shift-capacity"
          label={t('volunteeringStaff.shiftForm.capacity')}
          hint={t('volunteeringStaff.shiftForm.capacityHint')}
          error={errorFor('capacity')}
          value={values.capacity}
          onChange={(event) => set('capacity', event.target.value)}
          inputMode="numeric"
          spellCheck={false}
          className="govuk-input--width-4"
        />

        {moment('opens', opensHint ?? t('volunteeringStaff.shiftForm.opensHint'), 'opensDate', 'opensTime')}
        {moment('closes', t('volunteeringStaff.shiftForm.closesHint'), 'closesDate', 'closesTime')}
        {moment('cancel', t('volunteeringStaff.shiftForm.cancelHint'), 'cancelDate', 'cancelTime')}

        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" aria-disabled={busy ? true : undefined}>
            {submitLabel}
          </button>
          {secondary}
        </div>
        <StatusMessage>{done ? <p className="govuk-body govuk-!-font-weight-bold">{done}</p> : null}</StatusMessage>
      </form>
    </>
  );
}

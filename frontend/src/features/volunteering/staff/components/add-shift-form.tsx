// Staff add a shift: a date, start and end times and places, entered in the instance's time zone;
// optionally when sign-up opens and the cancellation deadline.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { TextInput } from '@/components/form/fields';
import { StatusMessage } from '@/components/status-message';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import { useAddShift } from '../api/shifts';
import { DateInput } from './date-input';
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
import { useShiftFormat } from './use-shift-format';

type FieldErrors = Partial<Record<ShiftFormField, FormError>>;

export function AddShiftForm({ opportunityId, timeZone }: { opportunityId: string; timeZone: string }) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const add = useAddShift();
  const [values, setValues] = useState<ShiftFormValues>(emptyShiftValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState('');
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  const set = <K extends ShiftFormField>(field: K, value: ShiftFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: ShiftFormField) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

  function fail(fields: FieldErrors, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAdded('');
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
    if (isApiError(error) && error.status === 422) idempotency.current = null;
    fail({}, [generalError(error)]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const result = toShiftInput(values, timeZone);
    if (result.errors) {
      const mapped: FieldErrors = {};
      for (const [field, key] of Object.entries(result.errors)) {
        mapped[field as ShiftFormField] = { key: `volunteeringStaff.shiftForm.errors.${key}` };
      }
      return fail(mapped);
    }
    const body = JSON.stringify(result.input);
    if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
    try {
      const shift = await add.mutateAsync({ opportunityId, input: result.input, idempotencyKey: idempotency.current.key });
      setFieldErrors({});
      setFormErrors([]);
      setValues(emptyShiftValues());
      idempotency.current = null;
      setAdded(t('volunteeringStaff.shiftForm.added', { shift: format.range(shift.startsAt, shift.endsAt) }));
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

  return (
    <section aria-labelledby="add-shift-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="add-shift-heading">
        {t('volunteeringStaff.shiftForm.heading')}
      </h2>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <p className="govuk-body">{t('volunteeringStaff.shiftForm.intro', { timeZone })}</p>
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

        <div className="govuk-!-margin-bottom-6">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{t('volunteeringStaff.shiftForm.opens')}</h3>
          <DateInput
            id="shift-opens-date"
            legend={t('volunteeringStaff.shiftForm.opensDate')}
            hint={t('volunteeringStaff.shiftForm.opensHint')}
            error={errorFor('opensDate')}
            value={values.opensDate}
            onChange={(date) => set('opensDate', date)}
          />
          <TextInput
            id="shift-opens-time"
            label={t('volunteeringStaff.shiftForm.opensTime')}
            hint={timeHint}
            error={errorFor('opensTime')}
            value={values.opensTime}
            onChange={(event) => set('opensTime', event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="govuk-input--width-5"
          />
        </div>

        <div className="govuk-!-margin-bottom-6">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{t('volunteeringStaff.shiftForm.cancel')}</h3>
          <DateInput
            id="shift-cancel-date"
            legend={t('volunteeringStaff.shiftForm.cancelDate')}
            hint={t('volunteeringStaff.shiftForm.cancelHint')}
            error={errorFor('cancelDate')}
            value={values.cancelDate}
            onChange={(date) => set('cancelDate', date)}
          />
          <TextInput
            id="shift-cancel-time"
            label={t('volunteeringStaff.shiftForm.cancelTime')}
            hint={timeHint}
            error={errorFor('cancelTime')}
            value={values.cancelTime}
            onChange={(event) => set('cancelTime', event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="govuk-input--width-5"
          />
        </div>

        <button type="submit" className="govuk-button" aria-disabled={add.isPending ? true : undefined}>
          {t('volunteeringStaff.shiftForm.submit')}
        </button>
        <StatusMessage>{added ? <p className="govuk-body govuk-!-font-weight-bold">{added}</p> : null}</StatusMessage>
      </form>
    </section>
  );
}

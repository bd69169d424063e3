// The hours staff spent supporting a service's volunteers, month by month: a table of the months
// recorded (newest first, each with a Remove button for staff) and the form that records a month's
// hours, replacing any it had. Months are a month box and a year box, not in the future.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { StatusMessage } from '@/components/status-message';
import { errorText, refusal, type FormError } from '@/features/outcomes/components/form-error';
import { useTimeZone } from '@/features/volunteering/api/get-settings';
import { DEFAULT_TIME_ZONE, localDate } from '@/features/volunteering/time';
import { isApiError } from '@/lib/api-client';
import type { TimeValueView } from '@/types';
import { useRecordStaffHours, useRemoveStaffHours } from '../api/time-value';
import { useDashboardFormat } from '../format';
import { MonthInput } from './month-input';
import {
  STAFF_HOURS_FIELD_IDS,
  STAFF_HOURS_FIELD_ORDER,
  STAFF_HOURS_MAX,
  emptyMonth,
  monthFromParts,
  parseStaffHours,
  timeValueFieldFromApi,
  validateStaffHours,
  type StaffHoursField,
  type StaffHoursFormValues,
} from './time-value-form-values';

type FieldErrors = Partial<Record<StaffHoursField, FormError>>;

interface StaffHoursTableProps {
  view: TimeValueView;
  canEdit: boolean;
  /** removed: the month, and the view as it is now */
  onRemoved: (month: string, view: TimeValueView) => void;
}

export function StaffHoursTable({ view, canEdit, onRemoved }: StaffHoursTableProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const remove = useRemoveStaffHours();
  const [failed, setFailed] = useState<FormError | null>(null);
  const months = (view.staffHours ?? []).filter((entry): entry is { month: string; hours?: number } => !!entry.month);

  async function removeMonth(month: string) {
    if (remove.isPending) return;
    setFailed(null);
    try {
      onRemoved(month, await remove.mutateAsync({ serviceId: view.service.id, month }));
    } catch (error) {
      setFailed(refusal(error).error);
    }
  }

  return (
    <>
      <StatusMessage>{failed ? <p className="govuk-error-message">{errorText(t, failed)}</p> : null}</StatusMessage>
      {months.length === 0 ? (
        <p className="govuk-body">{t('dashboard.timeValue.noStaffHours')}</p>
      ) : (
        <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t('dashboard.timeValue.tableCaption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('dashboard.timeValue.month')}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t('dashboard.timeValue.hours')}
              </th>
              {canEdit ? (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">{t('dashboard.timeValue.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {months.map((entry) => (
              <tr className="govuk-table__row" key={entry.month}>
                <th scope="row" className="govuk-table__header">
                  {format.month(entry.month)}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{format.exact(entry.hours)}</td>
                {canEdit ? (
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      className="app-link-button"
                      aria-disabled={remove.isPending ? true : undefined}
                      onClick={() => void removeMonth(entry.month)}
                    >
                      {t('dashboard.timeValue.remove')}
                      <span className="govuk-visually-hidden">
                        {' '}
                        {t('dashboard.timeValue.removeWhat', { month: format.month(entry.month) })}
                      </span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

interface StaffHoursFormProps {
  view: TimeValueView;
  /** recorded: the month, and the view as it is now */
  onRecorded: (month: string, view: TimeValueView) => void;
}

export function StaffHoursForm({ view, onRecorded }: StaffHoursFormProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  const record = useRecordStaffHours();
  const [values, setValues] = useState<StaffHoursFormValues>({ month: emptyMonth(), hours: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const errorFor = (field: StaffHoursField) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

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
        const field = timeValueFieldFromApi(fieldError.field);
        if ((field === 'month' || field === 'hours') && !fields[field]) {
          fields[field] = {
            key: 'outcomes.errors.fromServer',
            values: { field: t(`dashboard.timeValue.fieldNames.${field}`), message: fieldError.message },
          };
        } else general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    fail({}, [refusal(error).error]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const thisMonth = localDate(new Date(), timeZone).slice(0, 7);
    const problems = validateStaffHours(values, { thisMonth });
    if (Object.keys(problems).length > 0) {
      const mapped: FieldErrors = {};
      for (const [field, problem] of Object.entries(problems)) {
        mapped[field as StaffHoursField] = {
          key: `dashboard.timeValue.errors.${problem.key}`,
          values: { max: format.count(STAFF_HOURS_MAX) },
        };
      }
      return fail(mapped);
    }
    const month = monthFromParts(values.month)!;
    try {
      const saved = await record.mutateAsync({ serviceId: view.service.id, month, hours: parseStaffHours(values.hours)! });
      setValues({ month: emptyMonth(), hours: '' });
      setFieldErrors({});
      setFormErrors([]);
      onRecorded(month, saved);
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...STAFF_HOURS_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: STAFF_HOURS_FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];
  const hoursError = errorFor('hours');

  return (
    <section aria-labelledby="record-staff-hours-heading" className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-s" id="record-staff-hours-heading">
        {t('dashboard.timeValue.recordHeading')}
      </h3>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit} aria-labelledby="record-staff-hours-heading">
        <MonthInput
          id="staff-hours-month"
          legend={t('dashboard.timeValue.monthLegend')}
          hint={t('dashboard.timeValue.monthHint')}
          error={errorFor('month')}
          value={values.month}
          onChange={(month) => setValues((current) => ({ ...current, month }))}
        />
        <div className={`govuk-form-group${hoursError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={STAFF_HOURS_FIELD_IDS.hours}>
            {t('dashboard.timeValue.hoursLabel')}
          </label>
          <div id="staff-hours-hours-hint" className="govuk-hint">
            {t('dashboard.timeValue.hoursHint')}
          </div>
          {hoursError ? (
            <p id="staff-hours-hours-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {hoursError}
            </p>
          ) : null}
          <input
            className={`govuk-input govuk-input--width-5${hoursError ? ' govuk-input--error' : ''}`}
            id={STAFF_HOURS_FIELD_IDS.hours}
            name="hours"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={['staff-hours-hours-hint', hoursError ? 'staff-hours-hours-error' : null].filter(Boolean).join(' ')}
            aria-invalid={hoursError ? true : undefined}
            value={values.hours}
            onChange={(event) => setValues((current) => ({ ...current, hours: event.target.value }))}
          />
        </div>
        <button type="submit" className="govuk-button" aria-disabled={record.isPending ? true : undefined}>
          {t('dashboard.timeValue.recordSubmit')}
        </button>
      </form>
    </section>
  );
}

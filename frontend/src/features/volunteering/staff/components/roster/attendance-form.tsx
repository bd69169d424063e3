// Attended or no-show, and hours (the shift's length unless changed), for one confirmed person.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { TextInput } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import type { Attendance, ShiftView, SignupView } from '@/types';
import { useRecordAttendance } from '../../api/roster';
import { errorText, generalError, type FormError } from '../form-error';
import { useShiftFormat } from '../use-shift-format';
import { parseHours } from './person';

const OPTIONS: Attendance[] = ['ATTENDED', 'NO_SHOW'];

interface AttendanceFormProps {
  signup: SignupView;
  shift: ShiftView;
  name: string;
  timeZone: string;
  onSaved: (message: string) => void;
}

export function AttendanceForm({ signup, shift, name, timeZone, onSaved }: AttendanceFormProps) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const record = useRecordAttendance();
  const [attendance, setAttendance] = useState<Attendance | ''>(signup.attendance ?? '');
  const [hours, setHours] = useState(() => format.hours(signup.hours ?? shift.hours));
  const [errors, setErrors] = useState<{ attendance?: FormError; hours?: FormError; form?: FormError }>({});
  const [attempt, setAttempt] = useState(0);
  const base = `attendance-${signup.id}`;
  const personSuffix = <span className="govuk-visually-hidden">{t('volunteeringStaff.roster.personSuffix', { name })}</span>;

  function fail(next: typeof errors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    if (!attendance) return fail({ attendance: { key: 'volunteeringStaff.roster.errors.attendanceRequired' } });
    const parsed = attendance === 'ATTENDED' ? parseHours(hours) : null;
    if (attendance === 'ATTENDED' && parsed === null) {
      return fail({ hours: { key: 'volunteeringStaff.roster.errors.hoursInvalid' } });
    }
    try {
      await record.mutateAsync({
        signupId: signup.id,
        input: attendance === 'ATTENDED' ? { attendance, hours: parsed! } : { attendance },
      });
      setErrors({});
      onSaved(
        attendance === 'ATTENDED'
          ? t('volunteeringStaff.roster.attendedSaved', { name, count: parsed!, hours: format.hours(parsed!) })
          : t('volunteeringStaff.roster.noShowSaved', { name }),
      );
    } catch (error) {
      if (isApiError(error) && error.status === 409 && /start/i.test(error.detail ?? '')) {
        return fail({ form: { key: 'volunteeringStaff.roster.attendanceFromStart' } });
      }
      if (isApiError(error) && error.status === 400 && error.fieldErrors.some((f) => f.field.endsWith('hours'))) {
        return fail({ hours: { key: 'volunteeringStaff.roster.errors.hoursInvalid' } });
      }
      fail({ form: generalError(error) });
    }
  }

  const summary: SummaryError[] = [
    ...(errors.form ? [{ message: errorText(t, errors.form) }] : []),
    ...(errors.attendance ? [{ fieldId: `${base}-ATTENDED`, message: errorText(t, errors.attendance) }] : []),
    ...(errors.hours ? [{ fieldId: `${base}-hours`, message: errorText(t, errors.hours) }] : []),
  ];
  const attendanceError = errors.attendance ? errorText(t, errors.attendance) : undefined;

  return (
    <form noValidate onSubmit={submit} className="app-roster-form">
      <ErrorSummary errors={summary} focusKey={attempt} />
      <div className={`govuk-form-group${attendanceError ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={attendanceError ? `${base}-error` : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('volunteeringStaff.roster.attendance')}
            {personSuffix}
          </legend>
          {attendanceError ? (
            <p id={`${base}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {attendanceError}
            </p>
          ) : null}
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {OPTIONS.map((option) => (
              <div className="govuk-radios__item" key={option}>
                <input
                  className="govuk-radios__input"
                  id={`${base}-${option}`}
                  name={base}
                  type="radio"
                  value={option}
                  checked={attendance === option}
                  onChange={() => setAttendance(option)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`${base}-${option}`}>
                  {t(`volunteeringStaff.attendance.${option}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {attendance === 'ATTENDED' ? (
        <TextInput
          id={`${base}-hours`}
          label={
            <>
              {t('volunteeringStaff.roster.hours')}
              {personSuffix}
            </>
          }
          hint={t('volunteeringStaff.roster.hoursHint', { count: shift.hours, hours: format.hours(shift.hours) })}
          error={errors.hours ? errorText(t, errors.hours) : undefined}
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          inputMode="decimal"
          spellCheck={false}
          autoComplete="off"
          className="govuk-input--width-4"
        />
      ) : null}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        aria-disabled={record.isPending ? true : undefined}
      >
        {t('volunteeringStaff.roster.saveAttendance')}
        {personSuffix}
      </button>
    </form>
  );
}

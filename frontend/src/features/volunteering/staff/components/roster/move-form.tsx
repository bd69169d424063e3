// Move one person to another upcoming shift of the opportunity; a reason when that shift is full.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Select, Textarea } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import type { ShiftView, SignupView } from '@/types';
import { useMoveSignup } from '../../api/roster';
import { errorText, generalError, type FormError } from '../form-error';
import { useShiftFormat } from '../use-shift-format';
import { saysFull } from './person';

export const REASON_MAX = 500;

interface MoveFormProps {
  signup: SignupView;
  name: string;
  /** the opportunity's other shifts that have not started */
  targets: ShiftView[] | undefined;
  timeZone: string;
  onMoved: (to: ShiftView) => void;
  onCancel: () => void;
}

export function MoveForm({ signup, name, targets, timeZone, onMoved, onCancel }: MoveFormProps) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const move = useMoveSignup();
  const [shiftId, setShiftId] = useState('');
  const [reason, setReason] = useState('');
  const [serverFull, setServerFull] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ shift?: FormError; reason?: FormError; form?: FormError }>({});
  const [attempt, setAttempt] = useState(0);
  const base = `move-${signup.id}`;
  const personSuffix = <span className="govuk-visually-hidden">{t('volunteeringStaff.roster.personSuffix', { name })}</span>;

  if (!targets) return <p className="govuk-body">{t('volunteeringStaff.loading')}</p>;
  if (targets.length === 0) {
    return (
      <div className="app-roster-form">
        <p className="govuk-body">{t('volunteeringStaff.roster.noOtherShifts')}</p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('volunteeringStaff.roster.cancel')}
          {personSuffix}
        </button>
      </div>
    );
  }

  const target = targets.find((shift) => shift.id === shiftId);
  const needsReason = !!target && (target.placesLeft <= 0 || serverFull === target.id);

  function fail(next: typeof errors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (move.isPending) return;
    if (!target) return fail({ shift: { key: 'volunteeringStaff.roster.errors.moveTargetRequired' } });
    const why = reason.trim();
    if (why.length > REASON_MAX) return fail({ reason: { key: 'volunteeringStaff.roster.errors.reasonTooLong' } });
    try {
      await move.mutateAsync({
        signupId: signup.id,
        input: needsReason && why ? { shiftId: target.id, overCapacityReason: why } : { shiftId: target.id },
      });
      onMoved(target);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && saysFull(error.detail) && !why) {
        setServerFull(target.id);
        return fail({ reason: { key: 'volunteeringStaff.roster.errors.moveFull' } });
      }
      fail({ form: generalError(error) });
    }
  }

  const options = targets.map((shift) => ({
    value: shift.id,
    label: t(shift.placesLeft > 0 ? 'volunteeringStaff.roster.targetWithPlaces' : 'volunteeringStaff.roster.targetFull', {
      shift: format.range(shift.startsAt, shift.endsAt),
      places: shift.placesLeft,
    }),
  }));
  const summary: SummaryError[] = [
    ...(errors.form ? [{ message: errorText(t, errors.form) }] : []),
    ...(errors.shift ? [{ fieldId: base, message: errorText(t, errors.shift) }] : []),
    ...(errors.reason ? [{ fieldId: `${base}-reason`, message: errorText(t, errors.reason) }] : []),
  ];

  return (
    <form noValidate onSubmit={submit} className="app-roster-form">
      <ErrorSummary errors={summary} focusKey={attempt} />
      <Select
        id={base}
        label={
          <>
            {t('volunteeringStaff.roster.moveTo')}
            {personSuffix}
          </>
        }
        error={errors.shift ? errorText(t, errors.shift) : undefined}
        options={options}
        placeholder={t('volunteeringStaff.roster.chooseShift')}
        value={shiftId}
        onChange={(event) => setShiftId(event.target.value)}
      />
      {needsReason ? (
        <Textarea
          id={`${base}-reason`}
          label={t('volunteeringStaff.roster.reason')}
          hint={t('volunteeringStaff.roster.moveReasonHint')}
          error={errors.reason ? errorText(t, errors.reason) : undefined}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
        />
      ) : null}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={move.isPending ? true : undefined}>
          {t('volunteeringStaff.roster.move')}
          {personSuffix}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('volunteeringStaff.roster.cancel')}
          {personSuffix}
        </button>
      </div>
    </form>
  );
}

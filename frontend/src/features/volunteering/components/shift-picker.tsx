// The upcoming shifts of an opportunity, each with its places and what I can do: sign up, join the
// waiting list, or cancel my place. When the opportunity has a minimum age, people confirm it once,
// above the list. Refusals (not open yet, a missing check, an overlapping shift, the burden limit)
// come from the API in words a person understands and are shown as they come.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { isApiError } from '@/lib/api-client';
import type { OpportunityView, ShiftView, SignupView } from '@/types';
import { useSignUp } from '../api/signups';
import { CancelSignup } from './cancel-signup';
import { useShiftFormat, type ShiftFormat } from './use-shift-format';

const AGE_FIELD = 'confirm-age';

export function shiftAvailability(shift: ShiftView, t: TFunction): string {
  if (shift.placesLeft > 0) return t('volunteering.shift.placesLeft', { count: shift.placesLeft });
  if (shift.waitlistLength > 0) return t('volunteering.shift.fullWithWaitlist', { count: shift.waitlistLength });
  return t('volunteering.shift.full');
}

interface ShiftItemProps {
  shift: ShiftView;
  mine: SignupView | undefined;
  /** whether to offer sign-up buttons (signed in, my sign-ups known, opportunity published) */
  canAct: boolean;
  pending: boolean;
  format: ShiftFormat;
  onSignUp: (shift: ShiftView) => void;
  onCancelled: (signup: SignupView, shift: ShiftView) => void;
}

function ShiftItem({ shift, mine, canAct, pending, format, onSignUp, onCancelled }: ShiftItemProps) {
  const { t } = useTranslation();
  const when = format.range(shift.startsAt, shift.endsAt);
  const headingId = `shift-${shift.id}`;
  const notYetOpen = !shift.signupOpen && !!shift.signupOpensAt && Date.now() < new Date(shift.signupOpensAt).getTime();

  let action = null;
  if (mine) {
    action = (
      <>
        <p className="govuk-body govuk-!-margin-bottom-2">
          <strong className={`govuk-tag ${mine.status === 'CONFIRMED' ? 'govuk-tag--green' : 'govuk-tag--yellow'}`}>
            {mine.status === 'CONFIRMED'
              ? t('volunteering.shift.youAreSignedUp')
              : t('volunteering.shift.youAreWaiting', { position: mine.waitlistPosition })}
          </strong>
        </p>
        {shift.cancelDeadline ? (
          <p className="govuk-body-s">
            {t('volunteering.shift.cancelUntil', { deadline: format.dateTime(shift.cancelDeadline) })}
          </p>
        ) : null}
        <CancelSignup signup={mine} when={when} onCancelled={(signup) => onCancelled(signup, shift)} />
      </>
    );
  } else if (shift.signupOpen) {
    if (canAct) {
      const full = shift.placesLeft <= 0;
      action = (
        <button
          type="button"
          className={`govuk-button govuk-!-margin-bottom-0${full ? ' govuk-button--secondary' : ''}`}
          aria-disabled={pending ? true : undefined}
          onClick={() => onSignUp(shift)}
        >
          {full ? t('volunteering.shift.joinWaitlist') : t('volunteering.shift.signUp')}
          <span className="govuk-visually-hidden"> {t('volunteering.shift.buttonContext', { when })}</span>
        </button>
      );
    }
  } else if (notYetOpen) {
    action = (
      <p className="govuk-body govuk-!-margin-bottom-0">
        {t('volunteering.shift.opensOn', { when: format.dateTime(shift.signupOpensAt) })}
      </p>
    );
  } else {
    action = <p className="govuk-body govuk-!-margin-bottom-0">{t('volunteering.shift.closed')}</p>;
  }

  return (
    <li className="app-card">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
        {when}
      </h3>
      <dl className="app-card__meta govuk-!-margin-bottom-3">
        <div>
          <dt>{t('volunteering.shift.length')}:</dt>{' '}
          <dd>{t('volunteering.hours', { count: shift.hours, hours: format.number(shift.hours) })}</dd>
        </div>
        <div>
          <dt>{t('volunteering.shift.places')}:</dt>{' '}
          <dd>
            <span aria-live="polite">{shiftAvailability(shift, t)}</span>
          </dd>
        </div>
      </dl>
      {action}
    </li>
  );
}

interface ShiftPickerProps {
  opportunity: OpportunityView;
  shifts: ShiftView[];
  /** my active sign-ups by shift id; undefined while they load (or when signed out) */
  mine: Map<string, SignupView> | undefined;
  signedIn: boolean;
  timeZone: string;
  onSignedUp: (signup: SignupView, shift: ShiftView) => void;
  onCancelled: (signup: SignupView, shift: ShiftView) => void;
}

export function ShiftPicker({ opportunity, shifts, mine, signedIn, timeZone, onSignedUp, onCancelled }: ShiftPickerProps) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const signUp = useSignUp();
  const [ageConfirmed, setAgeConfirmed] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const minimumAge = opportunity.minimumAge || 0;
  const canAct = signedIn && !!mine && opportunity.state === 'PUBLISHED';
  const ageError = errors.find((error) => error.fieldId === AGE_FIELD);
  const askAge = canAct && minimumAge > 0 && shifts.some((shift) => shift.signupOpen && !mine?.has(shift.id));

  function fail(error: SummaryError) {
    setErrors([error]);
    setAttempt((n) => n + 1);
  }

  function refusal(error: unknown): string {
    if (!isApiError(error)) return t('volunteering.errors.generic');
    switch (error.status) {
      case 0:
        return t('volunteering.errors.network');
      case 401:
        return t('volunteering.errors.signedOut');
      case 404:
        return t('volunteering.errors.shiftGone');
      case 429:
        return t('volunteering.errors.tooMany');
      case 409:
        return error.detail || t('volunteering.signup.refused');
      default:
        return t('volunteering.errors.generic');
    }
  }

  function onSignUp(shift: ShiftView) {
    if (signUp.isPending) return;
    if (minimumAge > 0 && !ageConfirmed) {
      return fail({ fieldId: AGE_FIELD, message: t('volunteering.signup.ageRequired', { age: minimumAge }) });
    }
    signUp.mutate(
      { shiftId: shift.id, confirmsMinimumAge: minimumAge > 0 ? true : undefined },
      {
        onSuccess: (signup) => {
          setErrors([]);
          onSignedUp(signup, shift);
        },
        onError: (error) => fail({ message: refusal(error) }),
      },
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      {askAge ? (
        <div className={`govuk-form-group${ageError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={ageError ? `${AGE_FIELD}-error` : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {t('volunteering.signup.ageLegend', { age: minimumAge })}
            </legend>
            {ageError ? (
              <p id={`${AGE_FIELD}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {ageError.message}
              </p>
            ) : null}
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={AGE_FIELD}
                  name={AGE_FIELD}
                  type="checkbox"
                  checked={ageConfirmed}
                  onChange={(event) => setAgeConfirmed(event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={AGE_FIELD}>
                  {t('volunteering.signup.ageConfirm', { age: minimumAge })}
                </label>
              </div>
            </div>
          </fieldset>
        </div>
      ) : null}
      <ul className="app-card-list">
        {shifts.map((shift) => (
          <ShiftItem
            key={shift.id}
            shift={shift}
            mine={mine?.get(shift.id)}
            canAct={canAct}
            pending={signUp.isPending}
            format={format}
            onSignUp={onSignUp}
            onCancelled={onCancelled}
          />
        ))}
      </ul>
    </>
  );
}

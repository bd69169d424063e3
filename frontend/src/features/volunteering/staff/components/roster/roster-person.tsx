// One person on the roster, as a card: who they are, their place, attendance and hours, and what
// staff can do (record attendance, approve hours, confirm checks, move, remove). Every control's
// name includes the person's, so a list of "Remove" buttons is never ambiguous.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/error-summary';
import { FocusOnMount } from '@/components/focus-on-mount';
import { StatusMessage } from '@/components/status-message';
import type { ShiftView, SignupView } from '@/types';
import { useConfirmCheck, useRecordAttendance, useRemoveSignup } from '../../api/roster';
import { errorText, generalError, type FormError } from '../form-error';
import { useShiftFormat } from '../use-shift-format';
import { AttendanceForm } from './attendance-form';
import { MoveForm } from './move-form';
import { personName } from './person';

type Notice = { kind: 'success'; text: string } | { kind: 'error'; error: FormError };

interface RosterPersonProps {
  signup: SignupView;
  shift: ShiftView;
  /** has the shift started (attendance can be recorded) */
  started: boolean;
  checks: string[];
  /** the first on the waitlist, who gets a place this person frees */
  nextInLine?: SignupView;
  moveTargets: ShiftView[] | undefined;
  timeZone: string;
  /** page-level messages for changes that take the person off this roster */
  onLeft: (message: string) => void;
}

export function RosterPerson({
  signup,
  shift,
  started,
  checks,
  nextInLine,
  moveTargets,
  timeZone,
  onLeft,
}: RosterPersonProps) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const record = useRecordAttendance();
  const remove = useRemoveSignup();
  const confirmCheck = useConfirmCheck();
  const [open, setOpen] = useState<'move' | 'remove' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmedChecks, setConfirmedChecks] = useState<string[]>([]);
  const [removeError, setRemoveError] = useState<FormError | null>(null);
  const [removeAttempt, setRemoveAttempt] = useState(0);
  // the button used may disappear after success (approve, confirm): focus goes to the result instead
  const result = useRef<HTMLDivElement>(null);
  const name = personName(t, signup);
  const confirmed = signup.status === 'CONFIRMED';
  const personSuffix = <span className="govuk-visually-hidden">{t('volunteeringStaff.roster.personSuffix', { name })}</span>;
  const promoted = confirmed && nextInLine ? personName(t, nextInLine) : null;

  async function approveHours() {
    if (record.isPending || signup.hours == null) return;
    try {
      await record.mutateAsync({ signupId: signup.id, input: { attendance: 'ATTENDED', hours: signup.hours, approve: true } });
      setNotice({ kind: 'success', text: t('volunteeringStaff.roster.hoursApprovedFor', { name }) });
      result.current?.focus();
    } catch (error) {
      setNotice({ kind: 'error', error: generalError(error) });
    }
  }

  async function confirm(check: string) {
    if (confirmCheck.isPending || !signup.person?.id) return;
    try {
      await confirmCheck.mutateAsync({ shiftId: shift.id, personId: signup.person.id, check });
      setConfirmedChecks((current) => [...current, check]);
      setNotice({ kind: 'success', text: t('volunteeringStaff.roster.checkConfirmed', { check, name }) });
      result.current?.focus();
    } catch (error) {
      setNotice({ kind: 'error', error: generalError(error) });
    }
  }

  async function removeNow() {
    if (remove.isPending) return;
    try {
      await remove.mutateAsync(signup.id);
      onLeft(
        [
          t('volunteeringStaff.roster.removed', { name }),
          promoted ? t('volunteeringStaff.roster.promoted', { name: promoted }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (error) {
      setRemoveError(generalError(error));
      setRemoveAttempt((n) => n + 1);
    }
  }

  const attendanceText = signup.attendance
    ? t(`volunteeringStaff.attendance.${signup.attendance}`)
    : t('volunteeringStaff.roster.notRecorded');

  return (
    <li className="app-card app-roster-person">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-break-word">{name}</h3>
      <dl className="app-card__meta app-roster-person__meta">
        {signup.person?.email ? (
          <div>
            <dt>{t('volunteeringStaff.roster.email')}:</dt> <dd className="app-break-word">{signup.person.email}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('volunteeringStaff.roster.status')}:</dt>{' '}
          <dd>
            {confirmed
              ? t('volunteeringStaff.signupStatus.CONFIRMED')
              : t('volunteeringStaff.roster.waitlistPosition', { position: signup.waitlistPosition })}
          </dd>
        </div>
        {confirmed ? (
          <>
            <div>
              <dt>{t('volunteeringStaff.roster.attendance')}:</dt> <dd>{attendanceText}</dd>
            </div>
            <div>
              <dt>{t('volunteeringStaff.roster.hours')}:</dt>{' '}
              <dd>{signup.hours != null ? format.hours(signup.hours) : t('volunteeringStaff.roster.notRecorded')}</dd>
            </div>
            <div>
              <dt>{t('volunteeringStaff.roster.approved')}:</dt>{' '}
              <dd>{signup.hoursApproved ? t('volunteeringStaff.roster.yes') : t('volunteeringStaff.roster.no')}</dd>
            </div>
            {signup.checkedInAt ? (
              <div>
                <dt>{t('volunteeringStaff.roster.checkedIn')}:</dt> <dd>{format.dateTime(signup.checkedInAt)}</dd>
              </div>
            ) : null}
          </>
        ) : null}
      </dl>

      {confirmed && started ? (
        <>
          <AttendanceForm
            signup={signup}
            shift={shift}
            name={name}
            timeZone={timeZone}
            onSaved={(text) => setNotice({ kind: 'success', text })}
          />
          {signup.attendance === 'ATTENDED' && !signup.hoursApproved ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
              onClick={() => void approveHours()}
              aria-disabled={record.isPending ? true : undefined}
            >
              {t('volunteeringStaff.roster.approveHours')}
              {personSuffix}
            </button>
          ) : null}
        </>
      ) : null}

      {checks.length > 0 && signup.person?.id ? (
        <div className="app-roster-person__checks">
          <ul className="govuk-list">
            {checks.map((check) =>
              confirmedChecks.includes(check) ? (
                <li key={check}>{t('volunteeringStaff.roster.checkDone', { check })}</li>
              ) : (
                <li key={check}>
                  <button
                    type="button"
                    className="app-link-button"
                    onClick={() => void confirm(check)}
                    aria-disabled={confirmCheck.isPending ? true : undefined}
                  >
                    {t('volunteeringStaff.roster.confirmCheck', { check })}
                    {personSuffix}
                  </button>
                </li>
              ),
            )}
          </ul>
        </div>
      ) : null}

      <ul className="app-roster-actions">
        <li>
          <button
            type="button"
            className="app-link-button"
            aria-expanded={open === 'move'}
            onClick={() => setOpen(open === 'move' ? null : 'move')}
          >
            {t('volunteeringStaff.roster.moveToggle')}
            {personSuffix}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="app-link-button"
            aria-expanded={open === 'remove'}
            onClick={() => {
              setRemoveError(null);
              setOpen(open === 'remove' ? null : 'remove');
            }}
          >
            {t('volunteeringStaff.roster.remove')}
            {personSuffix}
          </button>
        </li>
      </ul>

      {open === 'move' ? (
        <MoveForm
          signup={signup}
          name={name}
          targets={moveTargets}
          timeZone={timeZone}
          onCancel={() => setOpen(null)}
          onMoved={(to) =>
            onLeft(
              [
                t('volunteeringStaff.roster.moved', { name, shift: format.range(to.startsAt, to.endsAt) }),
                promoted ? t('volunteeringStaff.roster.promoted', { name: promoted }) : '',
              ]
                .filter(Boolean)
                .join(' '),
            )
          }
        />
      ) : null}

      {open === 'remove' ? (
        <FocusOnMount>
          <div className="app-confirm">
            <ErrorSummary errors={removeError ? [{ message: errorText(t, removeError) }] : []} focusKey={removeAttempt} />
            <h4 className="govuk-heading-s">{t('volunteeringStaff.roster.removeQuestion', { name })}</h4>
            <p className="govuk-body">
              {confirmed && nextInLine
                ? t('volunteeringStaff.roster.removeWarningWaitlist', { name: personName(t, nextInLine) })
                : t('volunteeringStaff.roster.removeWarning')}
            </p>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                onClick={() => void removeNow()}
                aria-disabled={remove.isPending ? true : undefined}
              >
                {t('volunteeringStaff.roster.removeYes', { name })}
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(null)}>
                {t('volunteeringStaff.roster.cancel')}
                {personSuffix}
              </button>
            </div>
          </div>
        </FocusOnMount>
      ) : null}

      <div ref={result} tabIndex={-1} className="app-focus-target">
        <StatusMessage>
          {notice?.kind === 'success' ? <p className="govuk-body govuk-!-font-weight-bold">{notice.text}</p> : null}
          {notice?.kind === 'error' ? <p className="govuk-error-message">{errorText(t, notice.error)}</p> : null}
        </StatusMessage>
      </div>
    </li>
  );
}

// One of my sign-ups: upcoming (status, time, place, check-in when it is time, cancel) or past
// (whether I attended, my hours and whether staff approved them).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SignupView } from '@/types';
import { checkInOpen } from '../time';
import { CancelSignup } from './cancel-signup';
import { CheckInForm } from './check-in-form';
import { useShiftFormat } from './use-shift-format';

export const signupTitleId = (id: string) => `signup-${id}`;

function Title({ signup }: { signup: SignupView }) {
  const { t } = useTranslation();
  const { opportunityId, opportunityTitle } = signup.shift;
  return (
    <h3 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word">
      {opportunityId ? (
        <Link className="govuk-link" id={signupTitleId(signup.id)} to={`/opportunities/${encodeURIComponent(opportunityId)}`}>
          {opportunityTitle ?? t('volunteering.myShifts.untitled')}
        </Link>
      ) : (
        <span id={signupTitleId(signup.id)} tabIndex={-1}>
          {opportunityTitle ?? t('volunteering.myShifts.untitled')}
        </span>
      )}
    </h3>
  );
}

interface UpcomingProps {
  signup: SignupView;
  timeZone: string;
  onCancelled: (signup: SignupView, when: string) => void;
  onCheckedIn: (signup: SignupView, when: string) => void;
}

export function UpcomingSignupCard({ signup, timeZone, onCancelled, onCheckedIn }: UpcomingProps) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const { startsAt, endsAt, placeName } = signup.shift;
  const when = startsAt && endsAt ? format.range(startsAt, endsAt) : '';
  const confirmed = signup.status === 'CONFIRMED';
  const canCheckIn = confirmed && !signup.checkedInAt && !!startsAt && !!endsAt && checkInOpen(startsAt, endsAt);

  return (
    <li className="app-card">
      <Title signup={signup} />
      <p className="govuk-body govuk-!-margin-bottom-2">
        <strong className={`govuk-tag ${confirmed ? 'govuk-tag--green' : 'govuk-tag--yellow'}`}>
          {confirmed
            ? t('volunteering.status.CONFIRMED')
            : t('volunteering.status.waitlisted', { position: signup.waitlistPosition })}
        </strong>
      </p>
      <dl className="app-card__meta govuk-!-margin-bottom-3">
        <div>
          <dt>{t('volunteering.myShifts.when')}:</dt> <dd>{when}</dd>
        </div>
        {placeName ? (
          <div>
            <dt>{t('volunteering.myShifts.place')}:</dt> <dd className="app-break-word">{placeName}</dd>
          </div>
        ) : null}
      </dl>
      {signup.checkedInAt ? (
        <p className="govuk-body">
          {t('volunteering.checkIn.checkedInAt', { time: format.dateTime(signup.checkedInAt) })}
        </p>
      ) : null}
      {canCheckIn ? (
        <CheckInForm shiftId={signup.shift.id!} when={when} onCheckedIn={(updated) => onCheckedIn(updated, when)} />
      ) : null}
      {!signup.checkedInAt ? (
        <div className={canCheckIn ? 'govuk-!-margin-top-4' : undefined}>
          <CancelSignup signup={signup} when={when} onCancelled={(cancelled) => onCancelled(cancelled, when)} />
        </div>
      ) : null}
    </li>
  );
}

export function PastSignupCard({ signup, timeZone }: { signup: SignupView; timeZone: string }) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const { startsAt, endsAt, placeName } = signup.shift;
  const when = startsAt && endsAt ? format.range(startsAt, endsAt) : '';

  let outcome: string;
  if (signup.status === 'CANCELLED') outcome = t('volunteering.past.cancelled');
  else if (signup.status === 'REMOVED') outcome = t('volunteering.past.removed');
  else if (signup.status === 'WAITLISTED') outcome = t('volunteering.past.waitlisted');
  else if (signup.attendance === 'NO_SHOW') outcome = t('volunteering.past.noShow');
  else if (signup.attendance === 'ATTENDED') {
    const hours = t('volunteering.hours', { count: signup.hours ?? 0, hours: format.number(signup.hours ?? 0) });
    outcome = signup.hoursApproved
      ? t('volunteering.past.attendedApproved', { hours })
      : t('volunteering.past.attendedPending', { hours });
  } else outcome = t('volunteering.past.notRecorded');

  return (
    <li className="app-card">
      <Title signup={signup} />
      <dl className="app-card__meta">
        <div>
          <dt>{t('volunteering.myShifts.when')}:</dt> <dd>{when}</dd>
        </div>
        {placeName ? (
          <div>
            <dt>{t('volunteering.myShifts.place')}:</dt> <dd className="app-break-word">{placeName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('volunteering.past.outcome')}:</dt> <dd>{outcome}</dd>
        </div>
      </dl>
    </li>
  );
}

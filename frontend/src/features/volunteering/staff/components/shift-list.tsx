// Shifts as cards (they stack on a phone): when, places, waitlist, sign-up, check-in code, roster and change links.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShiftView } from '@/types';
import { useShiftFormat } from './use-shift-format';

interface ShiftListProps {
  shifts: ShiftView[];
  timeZone: string;
  rosterPath: (shiftId: string) => string;
  editPath: (shiftId: string) => string;
  now?: number;
}

function SignupState({ shift, now, timeZone }: { shift: ShiftView; now: number; timeZone: string }) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  if (shift.signupOpen) return <>{t('volunteeringStaff.shifts.signupOpen')}</>;
  if (shift.signupOpensAt && Date.parse(shift.signupOpensAt) > now) {
    return <>{t('volunteeringStaff.shifts.signupOpens', { when: format.dateTime(shift.signupOpensAt) })}</>;
  }
  return <>{t('volunteeringStaff.shifts.signupClosed')}</>;
}

export function ShiftList({ shifts, timeZone, rosterPath, editPath, now = Date.now() }: ShiftListProps) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  return (
    <ul className="app-card-list">
      {shifts.map((shift) => {
        const when = format.range(shift.startsAt, shift.endsAt);
        return (
          <li className="app-card" key={shift.id}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{when}</h3>
            <dl className="app-card__meta">
              <div>
                <dt>{t('volunteeringStaff.shifts.places')}:</dt>{' '}
                <dd>
                  {t('volunteeringStaff.shifts.placesTaken', { confirmed: shift.confirmedCount, capacity: shift.capacity })}
                  {shift.extraPlaces > 0 ? ` ${t('volunteeringStaff.shifts.extraPlaces', { extra: shift.extraPlaces })}` : ''}
                </dd>
              </div>
              <div>
                <dt>{t('volunteeringStaff.shifts.waitlist')}:</dt> <dd>{shift.waitlistLength}</dd>
              </div>
              <div>
                <dt>{t('volunteeringStaff.shifts.signup')}:</dt>{' '}
                <dd>
                  <SignupState shift={shift} now={now} timeZone={timeZone} />
                </dd>
              </div>
              {shift.checkInCode ? (
                <div>
                  <dt>{t('volunteeringStaff.shifts.checkInCode')}:</dt>{' '}
                  <dd>
                    <span className="app-code">{shift.checkInCode}</span>
                  </dd>
                </div>
              ) : null}
            </dl>
            <ul className="govuk-list govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              <li>
                <Link className="govuk-link" to={rosterPath(shift.id)}>
                  {t('volunteeringStaff.shifts.roster')}
                  <span className="govuk-visually-hidden">{t('volunteeringStaff.shifts.rosterFor', { shift: when })}</span>
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to={editPath(shift.id)}>
                  {t('volunteeringStaff.editShift.link')}
                  <span className="govuk-visually-hidden">{t('volunteeringStaff.editShift.linkSuffix', { shift: when })}</span>
                </Link>
              </li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

// Staff run a shift: the check-in code to show on site, who is coming and who is waiting,
// attendance and hours from the start, moves, removals, assignments, the CSV for printing
// and a link to change the shift.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useTimeZone } from '@/features/volunteering/staff/api/get-settings';
import { useOpportunity } from '@/features/volunteering/staff/api/opportunities';
import { rosterCsvUrl, useApproveAllHours, useRoster } from '@/features/volunteering/staff/api/roster';
import { useAllShifts } from '@/features/volunteering/staff/api/shifts';
import { errorText, generalError, type FormError } from '@/features/volunteering/staff/components/form-error';
import { AssignForm } from '@/features/volunteering/staff/components/roster/assign-form';
import { RosterPerson } from '@/features/volunteering/staff/components/roster/roster-person';
import { useShiftFormat } from '@/features/volunteering/staff/components/use-shift-format';
import { isApiError } from '@/lib/api-client';
import { isStaff, useMe } from '@/lib/auth';
import type { OpportunityView, Roster, ShiftView } from '@/types';
import { NotFoundRoute } from '../../not-found';
import { NotAllowedNotice, SignInNotice } from '../../services/access-notice';
import { editShiftPath, managePath, readShiftFlash } from './flash';
import { Loading } from './loading';

export function RosterRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const staff = isStaff(me.data);
  const roster = useRoster(staff ? id : undefined);
  const opportunity = useOpportunity(roster.data?.shift?.opportunityId);
  const timeZone = useTimeZone();
  const status = isApiError(roster.error) ? roster.error.status : undefined;
  useDocumentTitle(
    opportunity.data ? t('volunteeringStaff.roster.documentTitle', { title: opportunity.data.title }) : undefined,
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return (
      <SignInNotice
        title={t('volunteeringStaff.access.signInToRosterTitle')}
        body={t('volunteeringStaff.access.signInToRosterBody')}
      />
    );
  }
  if (!staff || status === 403) {
    return (
      <NotAllowedNotice
        title={t('volunteeringStaff.access.cannotSeeRosterTitle')}
        body={t('volunteeringStaff.access.cannotSeeRosterBody')}
      />
    );
  }
  if (status === 404) return <NotFoundRoute />;
  if (!roster.data?.shift || !opportunity.data || !timeZone) {
    return <Loading failed={roster.isError || opportunity.isError} />;
  }
  return <ShiftRoster roster={roster.data} shift={roster.data.shift} opportunity={opportunity.data} timeZone={timeZone} />;
}

interface ShiftRosterProps {
  roster: Roster;
  shift: ShiftView;
  opportunity: OpportunityView;
  timeZone: string;
}

function ShiftRoster({ roster, shift, opportunity, timeZone }: ShiftRosterProps) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const shifts = useAllShifts(opportunity.id);
  const approveAll = useApproveAllHours();
  const location = useLocation();
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(() => {
    const flash = readShiftFlash(location.state);
    if (!flash) return null;
    return { text: t('volunteeringStaff.editShift.saved', { shift: format.range(flash.startsAt, flash.endsAt) }), key: 0 };
  });
  const [approveError, setApproveError] = useState<FormError | null>(null);
  const now = Date.now();
  const started = now >= Date.parse(shift.startsAt);
  const when = format.range(shift.startsAt, shift.endsAt);
  const confirmed = roster.confirmed ?? [];
  const waitlisted = [...(roster.waitlisted ?? [])].sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const moveTargets = shifts.data?.filter((other) => other.id !== shift.id && Date.parse(other.startsAt) > now);
  const checks = opportunity.checks ?? [];
  const toApprove = confirmed.some((signup) => signup.attendance === 'ATTENDED' && !signup.hoursApproved);

  const announce = (text: string) => setNotice((current) => ({ text, key: (current?.key ?? 0) + 1 }));

  async function approveAllHours() {
    if (approveAll.isPending) return;
    try {
      await approveAll.mutateAsync(shift.id);
      setApproveError(null);
      announce(t('volunteeringStaff.roster.allApproved'));
    } catch (error) {
      setApproveError(generalError(error));
    }
  }

  return (
    <>
      <Link className="govuk-back-link" to={managePath(opportunity.id)}>
        {t('volunteeringStaff.roster.back', { title: opportunity.title })}
      </Link>
      {notice ? (
        <FocusOnMount key={notice.key}>
          <NotificationBanner kind="success" heading={notice.text} />
        </FocusOnMount>
      ) : null}
      <PageHeading caption={opportunity.title}>{t('volunteeringStaff.roster.title', { shift: when })}</PageHeading>

      <section className="app-check-in" aria-labelledby="check-in-heading">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="check-in-heading">
          {t('volunteeringStaff.roster.checkInCode')}
        </h2>
        <p className="app-check-in__code">{shift.checkInCode}</p>
        <p className="govuk-body-s govuk-!-margin-bottom-0">{t('volunteeringStaff.roster.checkInHint')}</p>
      </section>

      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('volunteeringStaff.shifts.places')}</dt>
          <dd className="govuk-summary-list__value">
            {t('volunteeringStaff.shifts.placesTaken', { confirmed: shift.confirmedCount, capacity: shift.capacity })}
            {shift.extraPlaces > 0 ? ` ${t('volunteeringStaff.shifts.extraPlaces', { extra: shift.extraPlaces })}` : ''}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('volunteeringStaff.shifts.waitlist')}</dt>
          <dd className="govuk-summary-list__value">{shift.waitlistLength}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('volunteeringStaff.roster.signupCloses')}</dt>
          <dd className="govuk-summary-list__value">{format.dateTime(shift.signupClosesAt)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('volunteeringStaff.roster.cancelDeadline')}</dt>
          <dd className="govuk-summary-list__value">{format.dateTime(shift.cancelDeadline)}</dd>
        </div>
      </dl>

      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={editShiftPath(shift.id)}>
            {t('volunteeringStaff.editShift.link')}
          </Link>
        </li>
        <li>
          <a className="govuk-link" href={rosterCsvUrl(shift.id)} download>
            {t('volunteeringStaff.roster.csv')}
          </a>
        </li>
      </ul>

      <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('volunteeringStaff.roster.confirmedHeading')}</h2>
      {started ? (
        confirmed.length > 0 ? (
          <div className="govuk-!-margin-bottom-4">
            <p className="govuk-body">{t('volunteeringStaff.roster.attendanceIntro')}</p>
            {toApprove ? (
              <button
                type="button"
                className="govuk-button"
                onClick={() => void approveAllHours()}
                aria-disabled={approveAll.isPending ? true : undefined}
              >
                {t('volunteeringStaff.roster.approveAll')}
              </button>
            ) : null}
            {approveError ? (
              <p className="govuk-error-message" role="alert">
                {errorText(t, approveError)}
              </p>
            ) : null}
          </div>
        ) : null
      ) : (
        <div className="govuk-inset-text">{t('volunteeringStaff.roster.attendanceFromStart')}</div>
      )}
      {confirmed.length === 0 ? (
        <p className="govuk-body">{t('volunteeringStaff.roster.noneConfirmed')}</p>
      ) : (
        <ul className="app-card-list">
          {confirmed.map((signup) => (
            <RosterPerson
              key={signup.id}
              signup={signup}
              shift={shift}
              started={started}
              checks={checks}
              nextInLine={waitlisted[0]}
              moveTargets={moveTargets}
              timeZone={timeZone}
              onLeft={announce}
            />
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('volunteeringStaff.roster.waitlistHeading')}</h2>
      {waitlisted.length === 0 ? (
        <p className="govuk-body">{t('volunteeringStaff.roster.noneWaiting')}</p>
      ) : (
        <>
          <p className="govuk-body">{t('volunteeringStaff.roster.waitlistIntro')}</p>
          <ol className="app-card-list">
            {waitlisted.map((signup) => (
              <RosterPerson
                key={signup.id}
                signup={signup}
                shift={shift}
                started={started}
                checks={checks}
                moveTargets={moveTargets}
                timeZone={timeZone}
                onLeft={announce}
              />
            ))}
          </ol>
        </>
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AssignForm shift={shift} waitlisted={waitlisted} />
        </div>
      </div>
    </>
  );
}

// One volunteering opportunity: what it involves, and its upcoming shifts to sign up for, join the
// waiting list of, or cancel. Signed-out visitors are asked to sign in; staff of the organisation get
// a link to manage it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { loadedShifts, useOpportunity, useUpcomingShifts } from '@/features/volunteering/api/get-opportunity';
import { useTimeZone, useVolunteeringSettings } from '@/features/volunteering/api/get-settings';
import { useMyUpcomingByShift } from '@/features/volunteering/api/signups';
import { OpportunityDetails } from '@/features/volunteering/components/opportunity-details';
import { ShiftPicker } from '@/features/volunteering/components/shift-picker';
import { useShiftFormat } from '@/features/volunteering/components/use-shift-format';
import { DEFAULT_TIME_ZONE } from '@/features/volunteering/time';
import { isApiError, signInUrl } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import type { OpportunityView, ShiftView, SignupView } from '@/types';
import { NotFoundRoute } from '../not-found';

type Banner = { kind: 'confirmed' | 'waitlisted' | 'cancelled' | 'left'; when: string; position?: number; at: number };

function OpportunityBanner({ banner, title }: { banner: Banner; title: string }) {
  const { t } = useTranslation();
  const heading = {
    confirmed: t('volunteering.signup.confirmed', { title, when: banner.when }),
    waitlisted: t('volunteering.signup.waitlisted', { title, when: banner.when, position: banner.position }),
    cancelled: t('volunteering.cancel.done', { when: banner.when }),
    left: t('volunteering.leaveWaitlist.done', { when: banner.when }),
  }[banner.kind];
  return (
    <FocusOnMount key={banner.at}>
      <NotificationBanner kind="success" heading={<span className="app-break-word">{heading}</span>}>
        {banner.kind === 'waitlisted' ? <p className="govuk-body">{t('volunteering.signup.waitlistedNext')}</p> : null}
        {banner.kind === 'confirmed' ? <p className="govuk-body">{t('volunteering.signup.confirmedNext')}</p> : null}
        {banner.kind === 'confirmed' || banner.kind === 'waitlisted' ? (
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to="/my-shifts">
              {t('volunteering.signup.seeMyShifts')}
            </Link>
          </p>
        ) : null}
      </NotificationBanner>
    </FocusOnMount>
  );
}

interface ShiftsProps {
  opportunity: OpportunityView;
  timeZone: string;
  onBanner: (banner: Banner) => void;
}

function Shifts({ opportunity, timeZone, onBanner }: ShiftsProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const settings = useVolunteeringSettings();
  const shifts = useUpcomingShifts(opportunity.id);
  const mine = useMyUpcomingByShift({ enabled: !!me.data });
  const format = useShiftFormat(timeZone);
  const items = loadedShifts(shifts.data);
  const signedIn = !!me.data;
  const published = opportunity.state === 'PUBLISHED';

  function signedUp(signup: SignupView, shift: ShiftView) {
    const when = format.range(shift.startsAt, shift.endsAt);
    if (signup.status === 'WAITLISTED') onBanner({ kind: 'waitlisted', when, position: signup.waitlistPosition, at: Date.now() });
    else onBanner({ kind: 'confirmed', when, at: Date.now() });
  }

  function cancelled(signup: SignupView, shift: ShiftView) {
    const when = format.range(shift.startsAt, shift.endsAt);
    onBanner({ kind: signup.status === 'WAITLISTED' ? 'left' : 'cancelled', when, at: Date.now() });
  }

  let status = '';
  if (shifts.isError) status = t('volunteering.shifts.error');
  else if (shifts.isPending) status = t('volunteering.shifts.loading');
  else if (items.length === 0) status = t('volunteering.shifts.none');
  else if (shifts.isFetchingNextPage) status = t('volunteering.shifts.loadingMore');

  return (
    <section aria-labelledby="shifts-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="shifts-heading">
        {t('volunteering.shifts.heading')}
      </h2>
      {published ? (
        <>
          {settings.data && settings.data.burdenLimitHours > 0 ? (
            <p className="govuk-body">
              {t('volunteering.shifts.burdenHelp', {
                count: settings.data.burdenWindowDays,
                hours: format.number(settings.data.burdenLimitHours),
              })}
            </p>
          ) : null}
          {timeZone !== DEFAULT_TIME_ZONE ? (
            <p className="govuk-body">{t('volunteering.shifts.timeZone', { timeZone })}</p>
          ) : null}
          {!me.isPending && !signedIn ? (
            <p className="govuk-body">
              <a className="govuk-link govuk-!-font-weight-bold" href={signInUrl(location.pathname + location.search)}>
                {t('volunteering.shifts.signIn')}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      <StatusMessage>
        {status ? <p className={shifts.isError ? 'govuk-error-message' : 'govuk-body'}>{status}</p> : null}
      </StatusMessage>
      {mine.isError ? <p className="govuk-error-message">{t('volunteering.shifts.mineError')}</p> : null}
      {items.length > 0 ? (
        <ShiftPicker
          opportunity={opportunity}
          shifts={items}
          mine={signedIn ? mine.data : undefined}
          signedIn={signedIn}
          timeZone={timeZone}
          onSignedUp={signedUp}
          onCancelled={cancelled}
        />
      ) : null}
      {shifts.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={shifts.isFetchingNextPage ? true : undefined}
          onClick={() => {
            if (!shifts.isFetchingNextPage) void shifts.fetchNextPage();
          }}
        >
          {t('volunteering.shifts.showMore')}
        </button>
      ) : null}
      {signedIn ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/my-shifts">
            {t('volunteering.shifts.allMine')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function OpportunityRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  const me = useMe();
  const timeZone = useTimeZone();
  const [banner, setBanner] = useState<Banner | null>(null);
  useDocumentTitle(opportunity.data?.title ?? (opportunity.isPending ? t('volunteering.opportunity.loading') : undefined));

  if (opportunity.isError && isApiError(opportunity.error) && opportunity.error.status === 404) return <NotFoundRoute />;
  if (!opportunity.data || !timeZone) {
    return (
      <StatusMessage>
        <p className={opportunity.isError ? 'govuk-error-message' : 'govuk-body'}>
          {opportunity.isError ? t('volunteering.opportunity.error') : t('volunteering.opportunity.loading')}
        </p>
      </StatusMessage>
    );
  }

  const data = opportunity.data;
  const canManage = canManageOrganisation(me.data, data.service.organisationId);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? <OpportunityBanner banner={banner} title={data.title} /> : null}
        <PageHeading caption={data.service.name}>
          <span className="app-break-word">{data.title}</span>
        </PageHeading>
        {data.state !== 'PUBLISHED' ? (
          <NotificationBanner
            heading={data.state === 'CLOSED' ? t('volunteering.opportunity.closed') : t('volunteering.opportunity.draft')}
          />
        ) : null}
        {canManage ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/opportunities/${encodeURIComponent(data.id)}/manage`}>
              {t('volunteering.opportunity.manage')}
            </Link>
          </p>
        ) : null}
        <OpportunityDetails opportunity={data} />
        <Shifts opportunity={data} timeZone={timeZone} onBanner={setBanner} />
        <p className="govuk-body">
          <Link className="govuk-link" to="/opportunities">
            {t('volunteering.opportunity.back')}
          </Link>
        </p>
      </div>
    </div>
  );
}

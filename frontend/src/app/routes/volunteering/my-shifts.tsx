// Signed-in people: my upcoming shifts (cancel, check in on the day), my calendar address, my hours,
// my past shifts and the everyday help I have recorded.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { loadedContributions, useMyContributions } from '@/features/volunteering/api/contributions';
import { useMyHours } from '@/features/volunteering/api/my-hours';
import { useTimeZone } from '@/features/volunteering/api/get-settings';
import { loadedSignups, useMySignups } from '@/features/volunteering/api/signups';
import { CalendarLinkSection } from '@/features/volunteering/components/calendar-link';
import { ContributionList } from '@/features/volunteering/components/contribution-list';
import { HoursSummary } from '@/features/volunteering/components/hours-summary';
import { PastSignupCard, UpcomingSignupCard, signupTitleId } from '@/features/volunteering/components/my-signup-card';
import { useMe } from '@/lib/auth';
import { SignInNotice } from '../services/access-notice';
import { readMyShiftsFlash } from './flash';

type Banner = { kind: 'cancelled' | 'left' | 'checkedIn'; when: string; at: number };

interface SignupSectionProps {
  when: 'upcoming' | 'past';
  timeZone: string;
  onBanner: (banner: Banner) => void;
}

function SignupSection({ when, timeZone, onBanner }: SignupSectionProps) {
  const { t } = useTranslation();
  const signups = useMySignups(when);
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  const items = loadedSignups(signups.data).filter(
    (signup) => when === 'past' || signup.status === 'CONFIRMED' || signup.status === 'WAITLISTED',
  );
  const keys = `volunteering.myShifts.${when}`;

  async function showMore() {
    if (signups.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await signups.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedSignups(result.data)[shown];
    if (next) focusWhenShown(signupTitleId(next.id));
  }

  let status = '';
  if (signups.isPending) status = t('app.loading');
  else if (signups.isError) status = t(`${keys}.error`);
  else if (items.length === 0) status = t(`${keys}.empty`);
  else if (signups.isFetchingNextPage) status = t('volunteering.list.loadingMore');
  else if (moreFailed) status = t('volunteering.list.moreError');

  return (
    <section aria-labelledby={`${when}-heading`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id={`${when}-heading`}>
        {t(`${keys}.heading`)}
      </h2>
      <StatusMessage>
        {status ? <p className={signups.isError || moreFailed ? 'govuk-error-message' : 'govuk-body'}>{status}</p> : null}
      </StatusMessage>
      {when === 'upcoming' && signups.isSuccess && items.length === 0 ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/opportunities">
            {t('volunteering.myShifts.find')}
          </Link>
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="app-card-list">
          {items.map((signup) =>
            when === 'upcoming' ? (
              <UpcomingSignupCard
                key={signup.id}
                signup={signup}
                timeZone={timeZone}
                onCancelled={(cancelled, range) =>
                  onBanner({ kind: cancelled.status === 'WAITLISTED' ? 'left' : 'cancelled', when: range, at: Date.now() })
                }
                onCheckedIn={(_, range) => onBanner({ kind: 'checkedIn', when: range, at: Date.now() })}
              />
            ) : (
              <PastSignupCard key={signup.id} signup={signup} timeZone={timeZone} />
            ),
          )}
        </ul>
      ) : null}
      {signups.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={signups.isFetchingNextPage ? true : undefined}
          onClick={() => void showMore()}
        >
          {t(`${keys}.showMore`)}
        </button>
      ) : null}
    </section>
  );
}

function HoursSection() {
  const { t } = useTranslation();
  const hours = useMyHours();
  return (
    <section aria-labelledby="hours-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="hours-heading">
        {t('volunteering.hoursSummary.heading')}
      </h2>
      {hours.data ? (
        <HoursSummary hours={hours.data} />
      ) : (
        <StatusMessage>
          <p className={hours.isError ? 'govuk-error-message' : 'govuk-body'}>
            {hours.isError ? t('volunteering.hoursSummary.error') : t('app.loading')}
          </p>
        </StatusMessage>
      )}
      <p className="govuk-body">{t('volunteering.hoursSummary.help')}</p>
    </section>
  );
}

function ContributionsSection() {
  const { t } = useTranslation();
  const contributions = useMyContributions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [deleted, setDeleted] = useState(false);
  const items = loadedContributions(contributions.data);

  let status = '';
  if (deleted) status = t('volunteering.contributions.deleted');
  else if (contributions.isPending) status = t('app.loading');
  else if (contributions.isError) status = t('volunteering.contributions.error');
  else if (items.length === 0) status = t('volunteering.contributions.empty');

  return (
    <section aria-labelledby="contributions-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="contributions-heading" tabIndex={-1} ref={headingRef}>
        {t('volunteering.contributions.heading')}
      </h2>
      <p className="govuk-body">{t('volunteering.contributions.intro')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/contributions/new">
          {t('volunteering.contributions.record')}
        </Link>
      </p>
      <StatusMessage>
        {status ? <p className={contributions.isError ? 'govuk-error-message' : 'govuk-body'}>{status}</p> : null}
      </StatusMessage>
      {items.length > 0 ? (
        <ContributionList
          contributions={items}
          onDeleted={() => {
            setDeleted(true);
            headingRef.current?.focus();
          }}
        />
      ) : null}
      {contributions.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={contributions.isFetchingNextPage ? true : undefined}
          onClick={() => {
            if (!contributions.isFetchingNextPage) void contributions.fetchNextPage();
          }}
        >
          {t('volunteering.contributions.showMore')}
        </button>
      ) : null}
    </section>
  );
}

export function MyShiftsRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const timeZone = useTimeZone();
  const [banner, setBanner] = useState<Banner | null>(null);
  const flash = readMyShiftsFlash(location.state);
  useDocumentTitle(t('volunteering.myShifts.title'));

  if (me.isPending || (me.data && !timeZone)) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data || !timeZone) {
    return <SignInNotice title={t('volunteering.myShifts.signInTitle')} body={t('volunteering.myShifts.signInBody')} />;
  }

  const bannerHeading = banner
    ? {
        cancelled: t('volunteering.cancel.done', { when: banner.when }),
        left: t('volunteering.leaveWaitlist.done', { when: banner.when }),
        checkedIn: t('volunteering.checkIn.done', { when: banner.when }),
      }[banner.kind]
    : null;

  return (
    <>
      {banner ? (
        <FocusOnMount key={banner.at}>
          <NotificationBanner kind="success" heading={<span className="app-break-word">{bannerHeading}</span>} />
        </FocusOnMount>
      ) : flash ? (
        <NotificationBanner kind="success" heading={t('volunteering.record.recorded')}>
          <p className="govuk-body">{t('volunteering.record.recordedNext')}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>{t('volunteering.myShifts.title')}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('volunteering.myShifts.intro')}</p>
          <ul className="govuk-list govuk-!-margin-bottom-8">
            <li>
              <Link className="govuk-link" to="/opportunities">
                {t('volunteering.myShifts.find')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/contributions/new">
                {t('volunteering.contributions.record')}
              </Link>
            </li>
          </ul>
          <SignupSection when="upcoming" timeZone={timeZone} onBanner={setBanner} />
          <CalendarLinkSection />
          <HoursSection />
          <SignupSection when="past" timeZone={timeZone} onBanner={setBanner} />
          <ContributionsSection />
        </div>
      </div>
    </>
  );
}

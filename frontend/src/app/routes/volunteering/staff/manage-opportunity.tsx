// Staff manage an opportunity: its details and state, every shift with its places and check-in code,
// adding shifts, and the service's kinds of everyday contribution.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useTimeZone } from '@/features/volunteering/staff/api/get-settings';
import { useOpportunity } from '@/features/volunteering/staff/api/opportunities';
import { useAllShifts } from '@/features/volunteering/staff/api/shifts';
import { AddShiftForm } from '@/features/volunteering/staff/components/add-shift-form';
import { ContributionKinds } from '@/features/volunteering/staff/components/contribution-kinds';
import { OpportunityStateTag } from '@/features/volunteering/staff/components/opportunity-state-tag';
import { ShiftList } from '@/features/volunteering/staff/components/shift-list';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import { paragraphs } from '@/lib/format';
import type { OpportunityView } from '@/types';
import { NotFoundRoute } from '../../not-found';
import { NotAllowedNotice, SignInNotice } from '../../services/access-notice';
import { editShiftPath, readOpportunityFlash, rosterPath } from './flash';
import { Loading } from './loading';

export function ManageOpportunityRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const opportunity = useOpportunity(me.data ? id : undefined);
  const allowed = !!opportunity.data && canManageOrganisation(me.data, opportunity.data.service.organisationId);
  useDocumentTitle(
    opportunity.data ? t('volunteeringStaff.manage.documentTitle', { title: opportunity.data.title }) : undefined,
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return (
      <SignInNotice
        title={t('volunteeringStaff.access.signInToManageTitle')}
        body={t('volunteeringStaff.access.signInToManageBody')}
      />
    );
  }
  if (opportunity.isError && isApiError(opportunity.error) && opportunity.error.status === 404) return <NotFoundRoute />;
  if (!opportunity.data) return <Loading failed={opportunity.isError} />;
  if (!allowed) {
    return (
      <NotAllowedNotice
        title={t('volunteeringStaff.access.cannotManageTitle')}
        body={t('volunteeringStaff.access.cannotManageBody', { service: opportunity.data.service.name })}
      />
    );
  }
  return <ManageOpportunity opportunity={opportunity.data} />;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-break-word">{children}</dd>
    </div>
  );
}

function ManageOpportunity({ opportunity }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const location = useLocation();
  const flash = readOpportunityFlash(location.state);
  const timeZone = useTimeZone();
  const shifts = useAllShifts(opportunity.id);
  const now = Date.now();
  const none = t('volunteeringStaff.manage.notGiven');
  const all = shifts.data ?? [];
  const upcoming = all.filter((shift) => Date.parse(shift.endsAt) > now);
  const past = all.filter((shift) => Date.parse(shift.endsAt) <= now).reverse();

  return (
    <>
      {flash ? (
        <FocusOnMount>
          <NotificationBanner kind="success" heading={t(`volunteeringStaff.manage.flash.${flash.kind}`, { title: flash.title })}>
            <p className="govuk-body">{t(`volunteeringStaff.manage.flashNext.${opportunity.state}`)}</p>
          </NotificationBanner>
        </FocusOnMount>
      ) : null}
      <PageHeading caption={opportunity.service.name}>{opportunity.title}</PageHeading>
      <p className="govuk-body">
        <OpportunityStateTag state={opportunity.state} />
      </p>
      <p className="govuk-body">{t(`volunteeringStaff.stateHint.${opportunity.state}`)}</p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t('volunteeringStaff.manage.detailsHeading')}</h2>
          <dl className="govuk-summary-list">
            <Row label={t('volunteeringStaff.manage.service')}>{opportunity.service.name}</Row>
            <Row label={t('volunteeringStaff.manage.description')}>
              <div className="app-description">
                {paragraphs(opportunity.description).map((paragraph, index) => (
                  <p className="govuk-body" key={index}>
                    {paragraph}
                  </p>
                ))}
              </div>
            </Row>
            <Row label={t('volunteeringStaff.manage.place')}>{opportunity.placeName || none}</Row>
            <Row label={t('volunteeringStaff.manage.bring')}>{opportunity.whatToBring || none}</Row>
            <Row label={t('volunteeringStaff.manage.skills')}>
              {opportunity.skills?.length ? opportunity.skills.join(', ') : none}
            </Row>
            <Row label={t('volunteeringStaff.manage.minimumAge')}>
              {opportunity.minimumAge ? t('volunteeringStaff.manage.age', { age: opportunity.minimumAge }) : none}
            </Row>
            <Row label={t('volunteeringStaff.manage.checks')}>
              {opportunity.checks?.length ? opportunity.checks.join(', ') : none}
            </Row>
          </dl>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/opportunities/${encodeURIComponent(opportunity.id)}/edit`}>
                {t('volunteeringStaff.manage.change')}
                <span className="govuk-visually-hidden">{t('volunteeringStaff.manage.changeOf', { title: opportunity.title })}</span>
              </Link>
            </li>
            {opportunity.state !== 'DRAFT' ? (
              <li>
                <Link className="govuk-link" to={`/opportunities/${encodeURIComponent(opportunity.id)}`}>
                  {t('volunteeringStaff.manage.publicPage')}
                </Link>
              </li>
            ) : null}
          </ul>
        </div>
      </div>

      <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('volunteeringStaff.manage.upcomingHeading')}</h2>
      {!shifts.data || !timeZone ? (
        <Loading failed={shifts.isError} />
      ) : (
        <>
          <StatusMessage>
            <p className="govuk-body">
              {upcoming.length === 0
                ? t('volunteeringStaff.manage.noUpcoming')
                : t('volunteeringStaff.manage.upcomingCount', { number: upcoming.length })}
            </p>
          </StatusMessage>
          {upcoming.length > 0 ? (
            <ShiftList shifts={upcoming} timeZone={timeZone} rosterPath={rosterPath} editPath={editShiftPath} now={now} />
          ) : null}
          {past.length > 0 ? (
            <>
              <h2 className="govuk-heading-m">{t('volunteeringStaff.manage.pastHeading')}</h2>
              <ShiftList shifts={past} timeZone={timeZone} rosterPath={rosterPath} editPath={editShiftPath} now={now} />
            </>
          ) : null}
        </>
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {timeZone ? <AddShiftForm opportunityId={opportunity.id} timeZone={timeZone} /> : null}
          <ContributionKinds service={opportunity.service} />
        </div>
      </div>
    </>
  );
}

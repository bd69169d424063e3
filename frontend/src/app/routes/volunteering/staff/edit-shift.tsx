// Staff change a shift: its times, places, when sign-up opens and closes and the cancellation deadline,
// read and entered in the instance's time zone. Saves against the version they opened, then goes back
// to the roster.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useTimeZone } from '@/features/volunteering/staff/api/get-settings';
import { useOpportunity } from '@/features/volunteering/staff/api/opportunities';
import { useShift, useUpdateShift } from '@/features/volunteering/staff/api/shifts';
import { ShiftForm } from '@/features/volunteering/staff/components/shift-form';
import { keepUnchangedInstants, shiftValuesFrom } from '@/features/volunteering/staff/components/shift-form-values';
import { useShiftFormat } from '@/features/volunteering/staff/components/use-shift-format';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, isStaff, useMe } from '@/lib/auth';
import type { OpportunityView, ShiftView } from '@/types';
import { NotFoundRoute } from '../../not-found';
import { NotAllowedNotice, SignInNotice } from '../../services/access-notice';
import { rosterPath } from './flash';
import { Loading } from './loading';

export function EditShiftRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const staff = isStaff(me.data);
  const shift = useShift(staff ? id : undefined);
  const opportunity = useOpportunity(shift.data?.opportunityId);
  const timeZone = useTimeZone();
  const failed = shift.error ?? opportunity.error;
  const status = isApiError(failed) ? failed.status : undefined;
  const allowed = !!opportunity.data && canManageOrganisation(me.data, opportunity.data.service.organisationId);
  useDocumentTitle(
    allowed ? t('volunteeringStaff.editShift.documentTitle', { title: opportunity.data!.title }) : undefined,
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return (
      <SignInNotice
        title={t('volunteeringStaff.editShift.signInTitle')}
        body={t('volunteeringStaff.editShift.signInBody')}
      />
    );
  }
  const notAllowed = (
    <NotAllowedNotice
      title={t('volunteeringStaff.editShift.cannotChangeTitle')}
      body={t('volunteeringStaff.editShift.cannotChangeBody')}
    />
  );
  if (!staff || status === 403) return notAllowed;
  if (status === 404) return <NotFoundRoute />;
  if (!shift.data || !opportunity.data || !timeZone) {
    return <Loading failed={shift.isError || opportunity.isError} />;
  }
  if (!allowed) return notAllowed;
  return <EditShift shift={shift.data} opportunity={opportunity.data} timeZone={timeZone} />;
}

interface EditShiftProps {
  shift: ShiftView;
  opportunity: OpportunityView;
  timeZone: string;
}

/** Holds on to the version the person started from, so a later change by someone else is a 412, not lost. */
function EditShift({ shift, opportunity, timeZone }: EditShiftProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useShiftFormat(timeZone);
  const update = useUpdateShift();
  const [original] = useState(shift);
  const [initialValues] = useState(() => shiftValuesFrom(shift, timeZone));
  const back = rosterPath(original.id);

  return (
    <>
      <Link className="govuk-back-link" to={back}>
        {t('volunteeringStaff.editShift.back')}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={opportunity.title}>{t('volunteeringStaff.editShift.title')}</PageHeading>
          <p className="govuk-body">
            {t('volunteeringStaff.editShift.current', { shift: format.range(original.startsAt, original.endsAt) })}
          </p>
          <div className="govuk-inset-text">{t('volunteeringStaff.editShift.notTold')}</div>
          <ShiftForm
            timeZone={timeZone}
            initialValues={initialValues}
            intro={<p className="govuk-body">{t('volunteeringStaff.shiftForm.intro', { timeZone })}</p>}
            opensHint={t('volunteeringStaff.editShift.opensHint')}
            submitLabel={t('volunteeringStaff.editShift.submit')}
            busy={update.isPending}
            secondary={
              <Link className="govuk-link" to={back}>
                {t('volunteeringStaff.editShift.cancel')}
              </Link>
            }
            onSave={async (input, values) => {
              const saved = await update.mutateAsync({
                shiftId: original.id,
                version: original.version,
                input: keepUnchangedInstants(input, values, initialValues, original),
              });
              void navigate(rosterPath(saved.id), {
                state: { flash: { kind: 'shiftSaved', startsAt: saved.startsAt, endsAt: saved.endsAt } },
              });
            }}
          />
        </div>
      </div>
    </>
  );
}

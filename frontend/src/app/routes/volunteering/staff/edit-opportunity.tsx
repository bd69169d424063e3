// Staff change an opportunity's details, publish or close it. Saves against the version they opened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useOpportunity, useUpdateOpportunity } from '@/features/volunteering/staff/api/opportunities';
import { OpportunityForm } from '@/features/volunteering/staff/components/opportunity-form';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import type { OpportunityView } from '@/types';
import { NotFoundRoute } from '../../not-found';
import { NotAllowedNotice, SignInNotice } from '../../services/access-notice';
import { managePath } from './flash';
import { Loading } from './loading';

export function EditOpportunityRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const opportunity = useOpportunity(me.data ? id : undefined);
  useDocumentTitle(
    opportunity.data
      ? `${t('volunteeringStaff.form.editTitle')}: ${opportunity.data.title}`
      : t('volunteeringStaff.form.editTitle'),
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
  if (!canManageOrganisation(me.data, opportunity.data.service.organisationId)) {
    return (
      <NotAllowedNotice
        title={t('volunteeringStaff.access.cannotManageTitle')}
        body={t('volunteeringStaff.access.cannotManageBody', { service: opportunity.data.service.name })}
      />
    );
  }
  return <EditOpportunityForm opportunity={opportunity.data} />;
}

/** Holds on to the version the person started from, so a later change by someone else is a 412, not lost. */
function EditOpportunityForm({ opportunity }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateOpportunity();
  const [original] = useState(opportunity);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={original.title}>{t('volunteeringStaff.form.editTitle')}</PageHeading>
        <p className="govuk-body">{t('volunteeringStaff.form.forService', { service: original.service.name })}</p>
        <OpportunityForm
          mode="edit"
          opportunity={original}
          cancelTo={managePath(original.id)}
          onSave={async (input) => {
            const saved = await update.mutateAsync({ id: original.id, version: original.version, input });
            void navigate(managePath(saved.id), { state: { flash: { kind: 'saved', title: saved.title } } });
          }}
        />
      </div>
    </div>
  );
}

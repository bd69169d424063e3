import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useCreateService } from '@/features/services/api/create-service';
import { ServiceForm } from '@/features/services/components/service-form';
import { isAdmin, isStaff, useMe } from '@/lib/auth';
import type { OrganisationRef } from '@/types';
import { NotAllowedNotice, SignInNotice } from './access-notice';

export function NewServiceRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const admin = isAdmin(me.data);
  const allOrganisations = useOrganisations({ enabled: admin });
  const create = useCreateService();
  useDocumentTitle(t('form.createTitle'));

  if (me.isPending || (admin && allOrganisations.isPending)) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) {
    return <SignInNotice title={t('access.signInToAddTitle')} body={t('access.signInToAddBody')} />;
  }
  if (!isStaff(me.data)) {
    return (
      <NotAllowedNotice title={t('access.notStaffTitle')} body={t('access.notStaffBody')} help={t('access.notStaffHelp')} />
    );
  }

  const organisations: OrganisationRef[] = admin
    ? (allOrganisations.data?.items ?? []).map(({ id, slug, name }) => ({ id, slug, name }))
    : me.data.staffOf;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('form.createTitle')}</PageHeading>
        <p className="govuk-body">{t('form.createIntro')}</p>
        <ServiceForm
          mode="create"
          organisations={organisations}
          cancelTo="/services"
          onSave={async (input, idempotencyKey) => {
            const created = await create.mutateAsync({ input, idempotencyKey });
            void navigate(`/services/${encodeURIComponent(created.slug)}`, {
              state: { flash: { kind: 'created', name: created.name } },
            });
          }}
        />
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useService } from '@/features/services/api/get-service';
import { useUpdateService } from '@/features/services/api/update-service';
import { ServiceForm } from '@/features/services/components/service-form';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import type { ServiceView } from '@/types';
import { NotFoundRoute } from '../not-found';
import { NotAllowedNotice, SignInNotice } from './access-notice';

export function EditServiceRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const me = useMe();
  const service = useService(slug);
  useDocumentTitle(service.data ? `${t('form.editTitle')}: ${service.data.name}` : t('form.editTitle'));

  if (service.isError && isApiError(service.error) && service.error.status === 404) return <NotFoundRoute />;

  if (me.isPending || !service.data) {
    return (
      <StatusMessage>
        <p className={service.isError ? 'govuk-error-message' : 'govuk-body'}>
          {service.isError ? t('service.error') : t('service.loading')}
        </p>
      </StatusMessage>
    );
  }
  if (!me.data) {
    return <SignInNotice title={t('access.signInToEditTitle')} body={t('access.signInToEditBody')} />;
  }
  const data = service.data;
  if (!canManageOrganisation(me.data, data.organisation.id)) {
    return (
      <NotAllowedNotice
        title={t('access.cannotEditTitle')}
        body={t('access.cannotEditBody', { organisation: data.organisation.name })}
      />
    );
  }

  return <EditServiceForm service={data} />;
}

/** Holds on to the version the person started from, so a later change by someone else is a 412, not lost. */
function EditServiceForm({ service }: { service: ServiceView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateService();
  const [original] = useState(service);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={original.name}>{t('form.editTitle')}</PageHeading>
        <p className="govuk-body">{t('form.runBy', { organisation: original.organisation.name })}</p>
        <p className="govuk-body">{t('form.editIntro')}</p>
        <ServiceForm
          mode="edit"
          service={original}
          cancelTo={`/services/${encodeURIComponent(original.slug)}`}
          onSave={async (input) => {
            const saved = await update.mutateAsync({ id: original.id, version: original.version, input });
            void navigate(`/services/${encodeURIComponent(saved.slug)}`, {
              state: { flash: { kind: 'saved', name: saved.name } },
            });
          }}
        />
      </div>
    </div>
  );
}

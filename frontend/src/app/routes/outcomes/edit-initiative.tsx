// Staff change an initiative (the same form, filled in). The form saves against the version it
// started from; after a 412 it can start again from the initiative as it is now.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useInitiative, useUpdateInitiative } from '@/features/outcomes/api/initiatives';
import { InitiativeForm } from '@/features/outcomes/components/initiative-form';
import { initiativeValuesFrom } from '@/features/outcomes/components/initiative-form-values';
import { Loading } from '@/features/outcomes/components/loading';
import { initiativePath } from '@/features/outcomes/outcomes';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import type { InitiativeView } from '@/types';
import { NotFoundRoute } from '../not-found';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import { outcomesFlashState } from './flash';

export function EditInitiativeRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const initiative = useInitiative(me.data ? id : '', { fresh: true });
  useDocumentTitle(
    initiative.data
      ? t('outcomes.editInitiative.documentTitle', { name: initiative.data.name })
      : t('outcomes.editInitiative.title'),
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return <SignInNotice title={t('outcomes.editInitiative.signInTitle')} body={t('outcomes.editInitiative.signInBody')} />;
  }
  if (initiative.isError && isApiError(initiative.error) && initiative.error.status === 404) return <NotFoundRoute />;
  if (!initiative.data) return <Loading failed={initiative.isError} />;
  if (!canManageOrganisation(me.data, initiative.data.service.organisationId)) {
    return (
      <NotAllowedNotice
        title={t('outcomes.editInitiative.cannotTitle')}
        body={t('outcomes.access.onlyStaffOfService', { service: initiative.data.service.name })}
      />
    );
  }
  return <EditInitiativePage initiative={initiative.data} refetch={async () => (await initiative.refetch()).data} />;
}

interface EditInitiativePageProps {
  initiative: InitiativeView;
  refetch: () => Promise<InitiativeView | undefined>;
}

function EditInitiativePage({ initiative: opened, refetch }: EditInitiativePageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateInitiative();
  // the initiative the form started from (its version is saved against), and a new form after reloading
  const [started, setStarted] = useState({ initiative: opened, key: 0 });
  const initiative = started.initiative;

  async function reload() {
    const fresh = await refetch();
    if (fresh) setStarted((current) => ({ initiative: fresh, key: current.key + 1 }));
  }

  return (
    <>
      <Link className="govuk-back-link" to={initiativePath(initiative.id)}>
        {t('outcomes.backTo', { name: initiative.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={<span className="app-break-word">{initiative.service.name}</span>}>
            {t('outcomes.editInitiative.title')}
          </PageHeading>
          <p className="govuk-body">{t('outcomes.editInitiative.intro')}</p>
          <InitiativeForm
            key={started.key}
            mode="edit"
            service={initiative.service}
            initialValues={initiativeValuesFrom(initiative)}
            chosenComparisons={initiative.comparisonServices ?? []}
            cancelTo={initiativePath(initiative.id)}
            onReload={() => void reload()}
            onSave={async (input) => {
              const saved = await update.mutateAsync({ id: initiative.id, version: initiative.version, input });
              void navigate(initiativePath(saved.id), {
                state: outcomesFlashState({ kind: 'initiativeSaved', name: saved.name }),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}

// Staff of the organisation that runs a service (?service=slug) declare a co-production initiative on it.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useCreateInitiative } from '@/features/outcomes/api/initiatives';
import { InitiativeForm } from '@/features/outcomes/components/initiative-form';
import { emptyInitiativeValues } from '@/features/outcomes/components/initiative-form-values';
import { Loading } from '@/features/outcomes/components/loading';
import { initiativePath, serviceOutcomesPath } from '@/features/outcomes/outcomes';
import { useService } from '@/features/services/api/get-service';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, isStaff, useMe } from '@/lib/auth';
import { NotFoundRoute } from '../not-found';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import { outcomesFlashState } from './flash';
import { ChooseServiceFirst } from './choose-service';

export function NewInitiativeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const slug = params.get('service') ?? '';
  const me = useMe();
  const staff = isStaff(me.data);
  const service = useService(staff ? slug : '');
  const create = useCreateInitiative();
  useDocumentTitle(
    service.data
      ? t('outcomes.newInitiative.documentTitle', { service: service.data.name })
      : t('outcomes.newInitiative.title'),
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return <SignInNotice title={t('outcomes.newInitiative.signInTitle')} body={t('outcomes.newInitiative.signInBody')} />;
  }
  if (!staff) {
    return (
      <NotAllowedNotice
        title={t('outcomes.newInitiative.notStaffTitle')}
        body={t('outcomes.newInitiative.notStaffBody')}
        help={t('access.notStaffHelp')}
      />
    );
  }
  if (!slug) return <ChooseServiceFirst title={t('outcomes.newInitiative.title')} />;
  if (service.isError && isApiError(service.error) && service.error.status === 404) return <NotFoundRoute />;
  if (!service.data) return <Loading failed={service.isError} />;
  const data = service.data;
  if (!canManageOrganisation(me.data, data.organisation.id)) {
    return (
      <NotAllowedNotice
        title={t('outcomes.newInitiative.cannotTitle')}
        body={t('outcomes.access.onlyStaffOf', { organisation: data.organisation.name })}
      />
    );
  }

  return (
    <>
      <Link className="govuk-back-link" to={serviceOutcomesPath(data.slug)}>
        {t('outcomes.backTo', { name: data.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={<span className="app-break-word">{data.name}</span>}>{t('outcomes.newInitiative.title')}</PageHeading>
          <p className="govuk-body">{t('outcomes.newInitiative.intro')}</p>
          <InitiativeForm
            mode="create"
            service={data}
            initialValues={emptyInitiativeValues()}
            cancelTo={serviceOutcomesPath(data.slug)}
            onSave={async (input, idempotencyKey) => {
              const created = await create.mutateAsync({ input, idempotencyKey });
              void navigate(initiativePath(created.id), {
                state: outcomesFlashState({ kind: 'initiativeCreated', name: created.name }),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}

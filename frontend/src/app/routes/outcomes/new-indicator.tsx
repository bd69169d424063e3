// Staff of the organisation that runs a service (?service=slug) add an outcome indicator to it.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useCreateIndicator } from '@/features/outcomes/api/indicators';
import { IndicatorForm } from '@/features/outcomes/components/indicator-form';
import { Loading } from '@/features/outcomes/components/loading';
import { indicatorPath, serviceOutcomesPath } from '@/features/outcomes/outcomes';
import { useService } from '@/features/services/api/get-service';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, isStaff, useMe } from '@/lib/auth';
import { NotFoundRoute } from '../not-found';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import { ChooseServiceFirst } from './choose-service';
import { outcomesFlashState } from './flash';

export function NewIndicatorRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const slug = params.get('service') ?? '';
  const me = useMe();
  const staff = isStaff(me.data);
  const service = useService(staff ? slug : '');
  const create = useCreateIndicator();
  useDocumentTitle(
    service.data ? t('outcomes.newIndicator.documentTitle', { service: service.data.name }) : t('outcomes.newIndicator.title'),
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return <SignInNotice title={t('outcomes.newIndicator.signInTitle')} body={t('outcomes.newIndicator.signInBody')} />;
  }
  if (!staff) {
    return (
      <NotAllowedNotice
        title={t('outcomes.newIndicator.notStaffTitle')}
        body={t('outcomes.newIndicator.notStaffBody')}
        help={t('access.notStaffHelp')}
      />
    );
  }
  if (!slug) return <ChooseServiceFirst title={t('outcomes.newIndicator.title')} />;
  if (service.isError && isApiError(service.error) && service.error.status === 404) return <NotFoundRoute />;
  if (!service.data) return <Loading failed={service.isError} />;
  const data = service.data;
  if (!canManageOrganisation(me.data, data.organisation.id)) {
    return (
      <NotAllowedNotice
        title={t('outcomes.newIndicator.cannotTitle')}
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
          <PageHeading caption={<span className="app-break-word">{data.name}</span>}>{t('outcomes.newIndicator.title')}</PageHeading>
          <p className="govuk-body">{t('outcomes.newIndicator.intro')}</p>
          <IndicatorForm
            serviceId={data.id}
            cancelTo={serviceOutcomesPath(data.slug)}
            onSave={async (input, idempotencyKey) => {
              const created = await create.mutateAsync({ input, idempotencyKey });
              void navigate(indicatorPath(created.id), {
                state: outcomesFlashState({ kind: 'indicatorCreated', name: created.name }),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}

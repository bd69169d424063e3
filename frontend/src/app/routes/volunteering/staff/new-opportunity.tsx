// Staff create an opportunity for one of their organisations' services (?service= picks one).
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useManagedServices } from '@/features/volunteering/staff/api/get-managed-services';
import { useCreateOpportunity } from '@/features/volunteering/staff/api/opportunities';
import { OpportunityForm } from '@/features/volunteering/staff/components/opportunity-form';
import { isStaff, useMe } from '@/lib/auth';
import { NotAllowedNotice, SignInNotice } from '../../services/access-notice';
import { managePath } from './flash';
import { Loading } from './loading';

export function NewOpportunityRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const staff = isStaff(me.data);
  const services = useManagedServices(staff ? me.data : null);
  const create = useCreateOpportunity();
  useDocumentTitle(t('volunteeringStaff.form.createTitle'));

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return (
      <SignInNotice
        title={t('volunteeringStaff.access.signInToCreateTitle')}
        body={t('volunteeringStaff.access.signInToCreateBody')}
      />
    );
  }
  if (!staff) {
    return (
      <NotAllowedNotice
        title={t('volunteeringStaff.access.notStaffTitle')}
        body={t('volunteeringStaff.access.notStaffBody')}
        help={t('volunteeringStaff.access.notStaffHelp')}
      />
    );
  }
  if (!services.data) return <Loading failed={services.isError} />;
  const serviceId = services.data.find((service) => service.id === params.get('service'))?.id;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('volunteeringStaff.form.createTitle')}</PageHeading>
        <p className="govuk-body">{t('volunteeringStaff.form.createIntro')}</p>
        {services.data.length === 0 ? (
          <>
            <p className="govuk-body">{t('volunteeringStaff.form.noServices')}</p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/services/new">
                {t('volunteeringStaff.form.addServiceFirst')}
              </Link>
            </p>
          </>
        ) : (
          <OpportunityForm
            mode="create"
            services={services.data}
            initialServiceId={serviceId}
            cancelTo={serviceId ? `/services/${encodeURIComponent(serviceId)}` : '/services'}
            onSave={async (input, idempotencyKey) => {
              const created = await create.mutateAsync({ input, idempotencyKey });
              void navigate(managePath(created.id), { state: { flash: { kind: 'created', title: created.title } } });
            }}
          />
        )}
      </div>
    </div>
  );
}

// Record everyday help given outside any shift (sorting recycling, checking on a neighbour), against
// a service and one of its kinds of help. Back to My shifts with a banner when it is recorded.
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useServices } from '@/features/services/api/get-services';
import { useRecordContribution } from '@/features/volunteering/api/contributions';
import { useTimeZone } from '@/features/volunteering/api/get-settings';
import { ContributionForm } from '@/features/volunteering/components/contribution-form';
import { useMe } from '@/lib/auth';
import { SignInNotice } from '../services/access-notice';

export function NewContributionRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const timeZone = useTimeZone();
  const services = useServices({ limit: 100 });
  const record = useRecordContribution();
  useDocumentTitle(t('volunteering.record.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('volunteering.record.signInTitle')} body={t('volunteering.record.signInBody')} />;
  if (!services.data || !timeZone) {
    return (
      <StatusMessage>
        <p className={services.isError ? 'govuk-error-message' : 'govuk-body'}>
          {services.isError ? t('volunteering.record.servicesError') : t('app.loading')}
        </p>
      </StatusMessage>
    );
  }

  const options = services.data.items.map((service) => ({ value: service.id, label: service.name }));
  const requested = params.get('service') ?? '';
  const initialServiceId = options.some((option) => option.value === requested) ? requested : '';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('volunteering.record.title')}</PageHeading>
        <p className="govuk-body">{t('volunteering.record.intro')}</p>
        <p className="govuk-body">{t('volunteering.record.private')}</p>
        <ContributionForm
          services={options}
          initialServiceId={initialServiceId}
          timeZone={timeZone}
          onSave={async (input, idempotencyKey) => {
            await record.mutateAsync({ input, idempotencyKey });
            void navigate('/my-shifts', { state: { flash: { kind: 'contributionRecorded' } } });
          }}
        />
      </div>
    </div>
  );
}

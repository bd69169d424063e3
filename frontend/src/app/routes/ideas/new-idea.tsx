// Propose an idea to a service (and, optionally, in answer to one of its open challenges).
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useChallenge } from '@/features/challenges/api/get-challenges';
import { useCreateIdea } from '@/features/ideas/api/create-idea';
import { IdeaForm } from '@/features/ideas/components/idea-form';
import { useService } from '@/features/services/api/get-service';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/auth';
import { NotFoundRoute } from '../not-found';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';

export function NewIdeaRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const serviceId = params.get('service') ?? '';
  const challengeId = params.get('challenge') ?? '';
  const me = useMe();
  const service = useService(serviceId);
  const challenge = useChallenge(challengeId || undefined);
  const create = useCreateIdea();
  useDocumentTitle(t('ideaForm.pageTitle'));

  if (!serviceId) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>{t('ideaForm.pageTitle')}</PageHeading>
          <p className="govuk-body">{t('ideaForm.noService')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/services">
              {t('ideaForm.findService')}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  if (
    (service.isError && isApiError(service.error) && service.error.status === 404) ||
    (challenge.isError && isApiError(challenge.error) && challenge.error.status === 404)
  ) {
    return <NotFoundRoute />;
  }
  if (me.isPending || !service.data || (challengeId && !challenge.data)) {
    const failed = service.isError || challenge.isError;
    return (
      <StatusMessage>
        <p className={failed ? 'govuk-error-message' : 'govuk-body'}>{failed ? t('service.error') : t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) {
    return <SignInNotice title={t('ideaForm.signInTitle')} body={t('ideaForm.signInBody')} />;
  }

  const data = service.data;
  const servicePath = `/services/${encodeURIComponent(data.slug)}`;
  if (challenge.data && !challenge.data.acceptingIdeas) {
    return (
      <NotAllowedNotice
        title={t('ideaForm.challengeClosedTitle')}
        body={t('ideaForm.challengeClosedBody', { challenge: challenge.data.title })}
        help={t('ideaForm.challengeClosedHelp', { service: data.name })}
      />
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={data.name}>{t('ideaForm.pageTitle')}</PageHeading>
        {challenge.data ? (
          <p className="govuk-body app-break-word">
            {t('ideaForm.forChallenge')}{' '}
            <Link className="govuk-link" to={`/challenges/${encodeURIComponent(challenge.data.id)}`}>
              {challenge.data.title}
            </Link>
          </p>
        ) : null}
        <p className="govuk-body">{t('ideaForm.intro', { organisation: data.organisation.name })}</p>
        <p className="govuk-body">{t('ideaForm.public')}</p>
        <IdeaForm
          serviceId={data.id}
          challengeId={challenge.data?.id}
          cancelTo={challenge.data ? `/challenges/${encodeURIComponent(challenge.data.id)}` : servicePath}
          onSave={async (input, idempotencyKey) => {
            const created = await create.mutateAsync({ input, idempotencyKey });
            void navigate(`/ideas/${encodeURIComponent(created.id)}`, { state: { flash: { kind: 'proposed' } } });
          }}
        />
      </div>
    </div>
  );
}

// One challenge a service puts to the public, and the ideas proposed in answer to it.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useChallenge } from '@/features/challenges/api/get-challenges';
import { ChallengeDetails } from '@/features/challenges/components/challenge-details';
import { ChallengeIdeas } from '@/features/ideas/components/service-ideas';
import { isApiError } from '@/lib/api-client';
import { NotFoundRoute } from '../not-found';

export function ChallengeRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  useDocumentTitle(challenge.data?.title ?? (challenge.isPending ? t('challenge.loading') : undefined));

  if (challenge.isError && isApiError(challenge.error) && challenge.error.status === 404) return <NotFoundRoute />;
  if (!challenge.data) {
    return (
      <StatusMessage>
        <p className={challenge.isError ? 'govuk-error-message' : 'govuk-body'}>
          {challenge.isError ? t('challenge.error') : t('challenge.loading')}
        </p>
      </StatusMessage>
    );
  }

  const data = challenge.data;
  const propose = `/ideas/new?service=${encodeURIComponent(data.service.id)}&challenge=${encodeURIComponent(data.id)}`;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={t('challenge.caption', { service: data.service.name })}>
          <span className="app-break-word">{data.title}</span>
        </PageHeading>
        <ChallengeDetails challenge={data} />
        {data.acceptingIdeas ? (
          <>
            <p className="govuk-body">{t('challenge.proposeIntro')}</p>
            <Link to={propose} role="button" draggable="false" className="govuk-button">
              {t('ideas.propose')}
            </Link>
          </>
        ) : (
          <p className="govuk-body">{t('challenge.notAccepting')}</p>
        )}
        <ChallengeIdeas challengeId={data.id} />
      </div>
    </div>
  );
}

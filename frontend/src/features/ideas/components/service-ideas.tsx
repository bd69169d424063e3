// "Ideas for this service" on a service page: the three most supported, and ways in.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '@/components/status-message';
import { useIdeas } from '../api/get-ideas';
import { IdeaList } from './idea-list';

export function ServiceIdeas({ serviceId, active = true }: { serviceId: string; active?: boolean }) {
  const { t } = useTranslation();
  const ideas = useIdeas({ service: serviceId, sort: 'most-supported', limit: 3 });
  const items = ideas.data?.items ?? [];
  const query = `?service=${encodeURIComponent(serviceId)}`;

  return (
    <section aria-labelledby="service-ideas-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="service-ideas-heading">
        {t('ideas.serviceHeading')}
      </h2>
      <p className="govuk-body">{t('ideas.serviceIntro')}</p>
      {ideas.isPending || ideas.isError ? (
        <StatusMessage>
          <p className={ideas.isError ? 'govuk-error-message' : 'govuk-body'}>
            {ideas.isError ? t('ideas.error') : t('ideas.loading')}
          </p>
        </StatusMessage>
      ) : null}
      {ideas.data && items.length === 0 ? <p className="govuk-body">{t('ideas.serviceEmpty')}</p> : null}
      {items.length > 0 ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold">{t('ideas.serviceTop')}</p>
          <IdeaList ideas={items} />
        </>
      ) : null}
      <ul className="govuk-list">
        {items.length > 0 ? (
          <li>
            <Link className="govuk-link" to={`/ideas${query}`}>
              {t('ideas.seeAll')}
            </Link>
          </li>
        ) : null}
        {active ? (
          <li>
            <Link className="govuk-link" to={`/ideas/new${query}`}>
              {t('ideas.propose')}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** The ideas that answer one challenge, most supported first. */
export function ChallengeIdeas({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const ideas = useIdeas({ challenge: challengeId, sort: 'most-supported' });
  const items = ideas.data?.items ?? [];
  return (
    <section aria-labelledby="challenge-ideas-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="challenge-ideas-heading">
        {t('ideas.challengeHeading')}
      </h2>
      <StatusMessage>
        <p className={ideas.isError ? 'govuk-error-message' : 'govuk-body'}>
          {ideas.isError
            ? t('ideas.error')
            : ideas.isPending
              ? t('ideas.loading')
              : items.length > 0
                ? t('ideas.showing', { count: items.length })
                : t('ideas.challengeEmpty')}
        </p>
      </StatusMessage>
      {items.length > 0 ? <IdeaList ideas={items} /> : null}
    </section>
  );
}

// Ideas in a list of results: title, status, supporters, and (outside a service) the service.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '@/lib/format';
import type { IdeaView } from '@/types';
import { IdeaStatusTag } from './idea-status-tag';

export function IdeaCard({ idea, showService = false }: { idea: IdeaView; showService?: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <li className="app-card">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word">
        <Link className="govuk-link" to={`/ideas/${encodeURIComponent(idea.id)}`}>
          {idea.title}
        </Link>
      </h3>
      <p className="govuk-!-margin-bottom-2">
        <IdeaStatusTag status={idea.status} />
      </p>
      <dl className="app-card__meta">
        <div>
          <dt>{t('ideas.cardSupport')}:</dt> <dd>{t('ideas.supporters', { count: idea.supportCount })}</dd>
        </div>
        {showService ? (
          <div>
            <dt>{t('ideas.cardService')}:</dt> <dd>{idea.service.name}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('ideas.cardProposed')}:</dt> <dd>{formatDate(idea.createdAt)}</dd>
        </div>
      </dl>
    </li>
  );
}

export function IdeaList({ ideas, showService = false }: { ideas: IdeaView[]; showService?: boolean }) {
  return (
    <ul className="app-card-list">
      {ideas.map((idea) => (
        <IdeaCard key={idea.id} idea={idea} showService={showService} />
      ))}
    </ul>
  );
}

// One of my ideas: its status, and whether a moderator hid it or I co-author it rather than own it.
// (The shared idea card has no room for these markers and uses an h3, below this page's h1.)
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IdeaStatusTag } from '@/features/ideas/components/idea-status-tag';
import { useFormatDate } from '@/lib/format';
import type { IdeaView } from '@/types';

export function myIdeaTitleId(id: string) {
  return `my-idea-${id}`;
}

export function MyIdeaCard({ idea, myId }: { idea: IdeaView; myId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  // the list holds only ideas I proposed or co-author, so any idea not mine is one I co-author
  const coauthoring = idea.author?.id !== myId;
  return (
    <li className="app-card">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word">
        <Link className="govuk-link" id={myIdeaTitleId(idea.id)} to={`/ideas/${encodeURIComponent(idea.id)}`}>
          {idea.title}
        </Link>
      </h2>
      <ul className="app-tag-list govuk-!-margin-bottom-2">
        <li>
          <IdeaStatusTag status={idea.status} />
        </li>
        {idea.hidden ? (
          <li>
            <strong className="govuk-tag govuk-tag--red">{t('myIdeas.hidden')}</strong>
          </li>
        ) : null}
        {coauthoring ? (
          <li>
            <strong className="govuk-tag govuk-tag--purple">{t('myIdeas.coauthor')}</strong>
          </li>
        ) : null}
      </ul>
      {idea.hidden ? <p className="govuk-body-s">{t('myIdeas.hiddenHint')}</p> : null}
      <dl className="app-card__meta">
        <div>
          <dt>{t('ideas.cardService')}:</dt> <dd>{idea.service.name}</dd>
        </div>
        {coauthoring && idea.author?.displayName ? (
          <div>
            <dt>{t('myIdeas.author')}:</dt> <dd>{idea.author.displayName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('ideas.cardProposed')}:</dt> <dd>{formatDate(idea.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('ideas.cardSupport')}:</dt> <dd>{t('ideas.supporters', { count: idea.supportCount })}</dd>
        </div>
      </dl>
    </li>
  );
}

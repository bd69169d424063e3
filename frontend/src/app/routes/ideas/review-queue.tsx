// Staff: ideas of their organisations' services waiting for an answer, the longest waiting first.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useReviewQueue } from '@/features/ideas/api/get-review-queue';
import { IdeaStatusTag } from '@/features/ideas/components/idea-status-tag';
import { isStaff, useMe } from '@/lib/auth';
import { daysSince, useFormatDate } from '@/lib/format';
import type { IdeaView } from '@/types';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import { readPreviousCursors } from '../services/flash';

function queueHref(cursor: string | undefined) {
  return cursor ? `/review-queue?cursor=${encodeURIComponent(cursor)}` : '/review-queue';
}

function Waiting({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const days = daysSince(idea.createdAt);
  return <>{days === 0 ? t('reviewQueue.waitingToday') : t('reviewQueue.waiting', { count: days })}</>;
}

export function ReviewQueueRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const formatDate = useFormatDate();
  const [params] = useSearchParams();
  const cursor = params.get('cursor') || undefined;
  const me = useMe();
  const staff = isStaff(me.data);
  const queue = useReviewQueue(cursor, { enabled: staff });
  const previous = readPreviousCursors(location.state);
  useDocumentTitle(t('reviewQueue.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('reviewQueue.signInTitle')} body={t('reviewQueue.signInBody')} />;
  if (!staff) return <NotAllowedNotice title={t('reviewQueue.notStaffTitle')} body={t('reviewQueue.notStaffBody')} />;

  const page = queue.data;
  const items = page?.items ?? [];
  let status = '';
  if (queue.isError) status = t('reviewQueue.error');
  else if (!page) status = t('reviewQueue.loading');
  else if (items.length > 0) status = t('reviewQueue.showing', { count: items.length });
  else status = t('reviewQueue.empty');

  return (
    <>
      <PageHeading>{t('reviewQueue.title')}</PageHeading>
      <p className="govuk-body">{t('reviewQueue.intro')}</p>
      <StatusMessage>
        <p className={queue.isError ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
      </StatusMessage>
      {items.length > 0 ? (
        <ul className="app-card-list">
          {items.map((idea) => (
            <li className="app-card" key={idea.id}>
              <h2 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word">
                <Link className="govuk-link" to={`/ideas/${encodeURIComponent(idea.id)}`}>
                  {idea.title}
                </Link>
              </h2>
              <p className="govuk-!-margin-bottom-2">
                <IdeaStatusTag status={idea.status} />{' '}
                <strong className="govuk-!-font-weight-bold">
                  <Waiting idea={idea} />
                </strong>
              </p>
              <dl className="app-card__meta">
                <div>
                  <dt>{t('ideas.cardService')}:</dt> <dd>{idea.service.name}</dd>
                </div>
                <div>
                  <dt>{t('ideas.cardProposed')}:</dt> <dd>{formatDate(idea.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t('ideas.cardSupport')}:</dt> <dd>{t('ideas.supporters', { count: idea.supportCount })}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
      {page && (page.nextCursor || cursor) ? (
        <nav className="app-pagination" aria-label={t('ideas.pagination')}>
          {cursor ? (
            <Link
              className="govuk-link"
              to={queueHref(previous[previous.length - 1] || undefined)}
              state={{ previous: previous.slice(0, -1) }}
            >
              {previous.length > 0 ? t('directory.previousPage') : t('directory.firstPage')}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link className="govuk-link" to={queueHref(page.nextCursor)} state={{ previous: [...previous, cursor ?? ''] }}>
              {t('directory.nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

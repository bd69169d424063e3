// Signed-in people: every idea they proposed or co-author, whatever became of it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { loadedIdeas, useMyIdeas } from '@/features/ideas/api/get-my-ideas';
import { useMe } from '@/lib/auth';
import { SignInNotice } from '../services/access-notice';
import { MyIdeaCard, myIdeaTitleId } from './my-idea-card';

export function MyIdeasRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const ideas = useMyIdeas({ enabled: !!me.data });
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  useDocumentTitle(t('myIdeas.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('myIdeas.signInTitle')} body={t('myIdeas.signInBody')} />;
  const myId = me.data.id;

  const items = loadedIdeas(ideas.data);

  async function showMore() {
    if (ideas.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await ideas.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedIdeas(result.data)[shown];
    if (next) focusWhenShown(myIdeaTitleId(next.id));
  }

  let status = '';
  if (ideas.isPending) status = t('myIdeas.loading');
  else if (ideas.isError) status = t('myIdeas.error');
  else if (items.length === 0) status = t('myIdeas.empty');
  else if (ideas.isFetchingNextPage) status = t('myIdeas.loadingMore');
  else if (moreFailed) status = t('myIdeas.moreError');
  else status = t('ideas.showing', { count: items.length });

  return (
    <>
      <PageHeading>{t('myIdeas.title')}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('myIdeas.intro')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/ideas/new">
              {t('ideas.propose')}
            </Link>
          </p>
        </div>
      </div>
      <StatusMessage>
        <p className={ideas.isError || moreFailed ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>
          {status}
        </p>
      </StatusMessage>
      {items.length === 0 && ideas.isSuccess ? <p className="govuk-body">{t('myIdeas.emptyHint')}</p> : null}
      {items.length > 0 ? (
        <ul className="app-card-list">
          {items.map((idea) => (
            <MyIdeaCard key={idea.id} idea={idea} myId={myId} />
          ))}
        </ul>
      ) : null}
      {ideas.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={ideas.isFetchingNextPage ? true : undefined}
          onClick={() => void showMore()}
        >
          {t('myIdeas.showMore')}
        </button>
      ) : null}
    </>
  );
}

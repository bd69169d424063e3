// "You said, we did" for a service (/services/:slug/you-said-we-did): each change the organisation
// promised in reply to a review, newest first, whether it is done and what the reviewer told us.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { loadedChanges, useChanges } from '@/features/ratings/api/changes';
import { ChangeDetails } from '@/features/ratings/components/change-details';
import { useService } from '@/features/services/api/get-service';
import { isApiError } from '@/lib/api-client';
import { NotFoundRoute } from '../not-found';

export function changeTitleId(id: string): string {
  return `change-${id}`;
}

export function YouSaidWeDidRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const service = useService(slug);
  const changes = useChanges({ service: slug });
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  useDocumentTitle(
    service.data ? t('ratings.changes.documentTitle', { service: service.data.name }) : t('ratings.changes.title'),
  );

  if (service.isError && isApiError(service.error) && service.error.status === 404) return <NotFoundRoute />;
  if (!service.data) {
    return (
      <StatusMessage>
        <p className={service.isError ? 'govuk-error-message' : 'govuk-body'}>
          {service.isError ? t('service.error') : t('service.loading')}
        </p>
      </StatusMessage>
    );
  }

  const data = service.data;
  const servicePath = `/services/${encodeURIComponent(data.slug)}`;
  const items = loadedChanges(changes.data);

  async function showMore() {
    if (changes.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await changes.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedChanges(result.data)[shown];
    if (next) focusWhenShown(changeTitleId(next.id));
  }

  let status = '';
  let failed = false;
  if (changes.isError) {
    status = t('ratings.changes.error');
    failed = true;
  } else if (!changes.data) status = t('ratings.changes.loading');
  else if (items.length === 0) status = t('ratings.changes.empty');
  else if (changes.isFetchingNextPage) status = t('ratings.changes.loadingMore');
  else if (moreFailed) {
    status = t('ratings.changes.moreError');
    failed = true;
  } else status = t('ratings.changes.showing', { count: items.length });

  return (
    <>
      <Link className="govuk-back-link" to={servicePath}>
        {t('ratings.rate.back', { service: data.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={<span className="app-break-word">{data.name}</span>}>{t('ratings.changes.title')}</PageHeading>
          <p className="govuk-body">{t('ratings.changes.intro', { organisation: data.organisation.name })}</p>
          <StatusMessage>
            <p className={failed ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
          </StatusMessage>
          {changes.isSuccess && items.length === 0 ? (
            <p className="govuk-body">
              {t('ratings.changes.emptyHint')}{' '}
              <Link className="govuk-link" to={`${servicePath}/reviews`}>
                {t('ratings.summary.readReviews')}
              </Link>
            </p>
          ) : null}
          {items.length > 0 ? (
            <ul className="app-card-list">
              {items.map((change) => (
                <li className="app-card" key={change.id}>
                  <h2 className="govuk-heading-m app-break-word">
                    <span className="govuk-caption-m">{t('ratings.change.weAreChanging')}</span>
                    <Link className="govuk-link" id={changeTitleId(change.id)} to={`/changes/${encodeURIComponent(change.id)}`}>
                      {change.what}
                    </Link>
                  </h2>
                  <ChangeDetails change={change} />
                </li>
              ))}
            </ul>
          ) : null}
          {changes.hasNextPage ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-disabled={changes.isFetchingNextPage ? true : undefined}
              onClick={() => void showMore()}
            >
              {t('ratings.changes.showMore')}
            </button>
          ) : null}
        </div>
      </div>
    </>
  );
}

// All public reviews of a service (/services/:slug/reviews): newest, lowest or highest first, with
// or without a reply, in the URL; "Show more" loads the next page below. A link to one review
// (#review-<id>, as notifications send) lands on it, fetching it on its own when it is not on the
// first page (or is hidden, which only its author and staff may see).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import {
  isReviewFilter,
  isReviewSort,
  loadedReviews,
  useRating,
  useReviews,
  type ReviewSearch,
} from '@/features/ratings/api/get-reviews';
import { ReviewFilters } from '@/features/ratings/components/review-filters';
import { ReviewItem, reviewDomId } from '@/features/ratings/components/review-item';
import { canAnswerFor } from '@/features/ratings/permissions';
import { useService } from '@/features/services/api/get-service';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/auth';
import { NotFoundRoute } from '../not-found';

function searchFromParams(params: URLSearchParams): ReviewSearch {
  const sort = params.get('sort');
  const filter = params.get('filter');
  return { sort: isReviewSort(sort) ? sort : 'newest', filter: isReviewFilter(filter) ? filter : 'all' };
}

function href(slug: string, search: ReviewSearch): string {
  const params = new URLSearchParams();
  if (search.sort !== 'newest') params.set('sort', search.sort);
  if (search.filter !== 'all') params.set('filter', search.filter);
  const query = params.toString();
  const path = `/services/${encodeURIComponent(slug)}/reviews`;
  return query ? `${path}?${query}` : path;
}

/** The review a link points at: /services/x/reviews#review-<id>. */
function linkedId(hash: string): string | undefined {
  const match = /^#review-([0-9A-Za-z-]+)$/.exec(hash);
  return match?.[1];
}

export function ReviewsRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const search = searchFromParams(params);
  const service = useService(slug);
  const me = useMe();
  const reviews = useReviews(slug, search);
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  const focusedFor = useRef<string | null>(null);

  const targetId = linkedId(location.hash);
  const firstPage = reviews.data?.pages[0]?.items ?? [];
  const separate = !!targetId && reviews.isSuccess && !firstPage.some((review) => review.id === targetId);
  const linked = useRating(targetId, { enabled: separate });
  const items = loadedReviews(reviews.data).filter((review) => !(separate && review.id === targetId));

  useDocumentTitle(service.data ? t('ratings.reviews.documentTitle', { service: service.data.name }) : t('ratings.reviews.title'));

  // land on the linked review once it is on the page (after the heading takes focus on navigation)
  useEffect(() => {
    if (!targetId || focusedFor.current === location.key) return;
    const element = document.getElementById(reviewDomId(targetId));
    if (!element) return;
    focusedFor.current = location.key;
    element.focus();
    element.scrollIntoView?.({ block: 'start' });
  }, [targetId, location.key, reviews.data, linked.data, service.data]);

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
  const meId = me.isPending ? undefined : (me.data?.id ?? null);
  const canAnswer = canAnswerFor(me.data, data.organisation.id);
  const filtered = search.filter !== 'all';

  async function showMore() {
    if (reviews.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await reviews.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedReviews(result.data).filter((review) => !(separate && review.id === targetId))[shown];
    if (next) focusWhenShown(reviewDomId(next.id));
  }

  let status = '';
  let failed = false;
  if (reviews.isError) {
    status = t('ratings.reviews.error');
    failed = true;
  } else if (!reviews.data) status = t('ratings.reviews.loading');
  else if (items.length === 0) status = filtered ? t('ratings.reviews.emptyFiltered') : t('ratings.reviews.empty');
  else if (reviews.isFetchingNextPage) status = t('ratings.reviews.loadingMore');
  else if (moreFailed) {
    status = t('ratings.reviews.moreError');
    failed = true;
  } else status = t('ratings.reviews.showing', { count: items.length });

  return (
    <>
      <Link className="govuk-back-link" to={servicePath}>
        {t('ratings.rate.back', { service: data.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={<span className="app-break-word">{data.name}</span>}>{t('ratings.reviews.title')}</PageHeading>
          <p className="govuk-body">{t('ratings.reviews.intro')}</p>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`${servicePath}/rate`}>
                {t('ratings.summary.rate')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`${servicePath}/you-said-we-did`}>
                {t('ratings.summary.youSaidWeDid')}
              </Link>
            </li>
            {canAnswer ? (
              <li>
                <Link className="govuk-link" to="/reviews/awaiting-reply">
                  {t('ratings.reviews.awaitingReply')}
                </Link>
              </li>
            ) : null}
          </ul>

          {separate ? (
            <section aria-labelledby="linked-review-heading" className="app-linked-review">
              <h2 className="govuk-heading-m" id="linked-review-heading">
                {t('ratings.reviews.linkedHeading')}
              </h2>
              {linked.data ? (
                <ReviewItem review={linked.data} serviceSlug={data.slug} full meId={meId} canAnswer={canAnswer} />
              ) : (
                <StatusMessage>
                  <p className={linked.isError ? 'govuk-error-message' : 'govuk-body'}>
                    {linked.isError ? t('ratings.reviews.linkedError') : t('ratings.reviews.loading')}
                  </p>
                </StatusMessage>
              )}
            </section>
          ) : null}

          <ReviewFilters key={params.toString()} initial={search} onApply={(values) => void navigate(href(data.slug, values))} />

          <h2 className="govuk-heading-m">{t('ratings.reviews.listHeading')}</h2>
          <StatusMessage>
            <p className={failed ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
          </StatusMessage>
          {reviews.isSuccess && items.length === 0 ? (
            <p className="govuk-body">
              {filtered ? (
                <Link className="govuk-link" to={href(data.slug, { ...search, filter: 'all' })}>
                  {t('ratings.reviews.showAll')}
                </Link>
              ) : (
                t('ratings.reviews.emptyHint')
              )}
            </p>
          ) : null}
          {items.length > 0 ? (
            <ul className="app-review-list">
              {items.map((review) => (
                <li key={review.id}>
                  <ReviewItem review={review} serviceSlug={data.slug} full meId={meId} canAnswer={canAnswer} />
                </li>
              ))}
            </ul>
          ) : null}
          {reviews.hasNextPage ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-disabled={reviews.isFetchingNextPage ? true : undefined}
              onClick={() => void showMore()}
            >
              {t('ratings.reviews.showMore')}
            </button>
          ) : null}
        </div>
      </div>
    </>
  );
}

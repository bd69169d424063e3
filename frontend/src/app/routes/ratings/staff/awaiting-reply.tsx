// Staff: reviews of their organisations' services that nobody has replied to yet (every service's for
// an admin), the longest waiting first, each with a link to reply. After a reply, says what happens next.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { loadedReviews, useAwaitingReply } from '@/features/ratings/staff/api/awaiting-reply';
import { useServicesById } from '@/features/ratings/staff/api/services';
import { ReviewDetails } from '@/features/ratings/staff/components/review-details';
import { isAdmin, isStaff, useMe } from '@/lib/auth';
import { daysSince } from '@/lib/format';
import type { RatingView, ServiceView } from '@/types';
import { NotAllowedNotice, SignInNotice } from '../../services/access-notice';
import { changePath, publicReviewPath, readReplyFlash, replyPath, type ReplyFlash } from './flash';

const headingId = (rating: RatingView) => `review-${rating.id}-heading`;

function Waiting({ rating }: { rating: RatingView }) {
  const { t } = useTranslation();
  const days = daysSince(rating.ratedAt);
  return <>{days === 0 ? t('ratingsStaff.awaiting.waitingToday') : t('ratingsStaff.awaiting.waiting', { count: days })}</>;
}

/** Said once, after a reply was saved: what happens next. */
function RepliedBanner({ flash }: { flash: ReplyFlash }) {
  const { t } = useTranslation();
  let told: string;
  if (flash.kind === 'updated') told = t('ratingsStaff.flash.updatedBody');
  else if (flash.source && !flash.reviewer) told = t('ratingsStaff.flash.notTold', { source: flash.source });
  else if (flash.reviewer) told = t('ratingsStaff.flash.told', { name: flash.reviewer });
  else told = t('ratingsStaff.flash.toldReviewer');
  const asked = !(flash.source && !flash.reviewer);
  return (
    <FocusOnMount>
      <NotificationBanner
        kind="success"
        heading={t(`ratingsStaff.flash.${flash.kind}`, { service: flash.serviceName })}
      >
        <p className="govuk-body">{told}</p>
        {flash.changeId ? (
          <p className="govuk-body">
            {asked ? t('ratingsStaff.flash.changeNext') : t('ratingsStaff.flash.changeNextCollected')}
          </p>
        ) : null}
        <ul className="govuk-list">
          <li>
            <Link className="govuk-notification-banner__link" to={publicReviewPath(flash.serviceSlug, flash.ratingId)}>
              {t('ratingsStaff.flash.seeReply')}
            </Link>
          </li>
          {flash.changeId ? (
            <li>
              <Link className="govuk-notification-banner__link" to={changePath(flash.changeId)}>
                {t('ratingsStaff.flash.openChange')}
              </Link>
            </li>
          ) : null}
        </ul>
      </NotificationBanner>
    </FocusOnMount>
  );
}

function ReviewItem({ rating, service }: { rating: RatingView; service: ServiceView | undefined }) {
  const { t } = useTranslation();
  const name = service?.name ?? t('ratingsStaff.review.serviceUnknown');
  let context: string;
  if (rating.reviewerName) context = t('ratingsStaff.awaiting.replyToNamed', { name: rating.reviewerName, service: name });
  else if (rating.source) context = t('ratingsStaff.awaiting.replyToCollected', { source: rating.source, service: name });
  else context = t('ratingsStaff.awaiting.replyToSomeone', { service: name });
  return (
    <li className="app-card">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word" id={headingId(rating)} tabIndex={-1}>
        {service ? (
          <Link className="govuk-link" to={`/services/${encodeURIComponent(service.slug)}`}>
            {service.name}
          </Link>
        ) : (
          name
        )}
      </h2>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        <strong className="govuk-!-font-weight-bold">
          <Waiting rating={rating} />
        </strong>
      </p>
      <ReviewDetails rating={rating} />
      <p className="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
        <Link className="govuk-button govuk-!-margin-bottom-0" draggable="false" to={replyPath(rating.id)}>
          {t('ratingsStaff.awaiting.reply')}
          <span className="govuk-visually-hidden"> {context}</span>
        </Link>
      </p>
    </li>
  );
}

export function AwaitingReplyRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const flash = readReplyFlash(location.state);
  const me = useMe();
  const staff = isStaff(me.data);
  const queue = useAwaitingReply({ enabled: staff });
  const items = loadedReviews(queue.data);
  const services = useServicesById(items.map((rating) => rating.serviceId));
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  useDocumentTitle(t('ratingsStaff.awaiting.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) {
    return <SignInNotice title={t('ratingsStaff.awaiting.signInTitle')} body={t('ratingsStaff.awaiting.signInBody')} />;
  }
  if (!staff) {
    return <NotAllowedNotice title={t('ratingsStaff.awaiting.notStaffTitle')} body={t('ratingsStaff.awaiting.notStaffBody')} />;
  }

  async function showMore() {
    if (queue.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await queue.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedReviews(result.data)[shown];
    if (next) focusWhenShown(headingId(next));
  }

  let status = '';
  if (queue.isPending) status = t('ratingsStaff.awaiting.loading');
  else if (queue.isError) status = t('ratingsStaff.awaiting.error');
  else if (items.length === 0) status = t('ratingsStaff.awaiting.empty');
  else if (queue.isFetchingNextPage) status = t('ratingsStaff.awaiting.loadingMore');
  else if (moreFailed) status = t('ratingsStaff.awaiting.moreError');
  else status = t('ratingsStaff.awaiting.showing', { count: items.length });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {flash ? <RepliedBanner flash={flash} /> : null}
        <PageHeading>{t('ratingsStaff.awaiting.title')}</PageHeading>
        <p className="govuk-body">{t('ratingsStaff.awaiting.intro')}</p>
        {isAdmin(me.data) ? <p className="govuk-body">{t('ratingsStaff.awaiting.adminIntro')}</p> : null}
        <StatusMessage>
          <p className={queue.isError || moreFailed ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>
            {status}
          </p>
        </StatusMessage>
        {items.length === 0 && queue.isSuccess ? <p className="govuk-body">{t('ratingsStaff.awaiting.emptyHint')}</p> : null}
        {items.length > 0 ? (
          <ul className="app-card-list">
            {items.map((rating) => (
              <ReviewItem key={rating.id} rating={rating} service={services.get(rating.serviceId)} />
            ))}
          </ul>
        ) : null}
        {queue.hasNextPage ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-disabled={queue.isFetchingNextPage ? true : undefined}
            onClick={() => void showMore()}
          >
            {t('ratingsStaff.awaiting.showMore')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

// Staff reply to one review: the review, then the reply form (with a change the organisation commits
// to, if any). A reply already given is changed instead; a committed change is marked done on its own page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useRating } from '@/features/ratings/api/get-reviews';
import { useServiceById } from '@/features/ratings/staff/api/services';
import { Loading } from '@/features/ratings/staff/components/loading';
import { ReplyForm } from '@/features/ratings/staff/components/reply-form';
import { ReviewDetails } from '@/features/ratings/staff/components/review-details';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, isStaff, useMe } from '@/lib/auth';
import { useFormatDate } from '@/lib/format';
import type { RatingView, ServiceView } from '@/types';
import { NotFoundRoute } from '../../not-found';
import { NotAllowedNotice, SignInNotice } from '../../services/access-notice';
import { AWAITING_PATH, type ReplyFlash } from './flash';

export function ReplyRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const staff = isStaff(me.data);
  const rating = useRating(id, { enabled: staff });
  const service = useServiceById(rating.data?.serviceId);
  const status = isApiError(rating.error) ? rating.error.status : undefined;
  const allowed = !!service.data && canManageOrganisation(me.data, service.data.organisation.id);
  useDocumentTitle(
    allowed && service.data ? t('ratingsStaff.reply.documentTitle', { service: service.data.name }) : undefined,
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return <SignInNotice title={t('ratingsStaff.reply.signInTitle')} body={t('ratingsStaff.reply.signInBody')} />;
  }
  if (!staff) {
    return <NotAllowedNotice title={t('ratingsStaff.reply.notStaffTitle')} body={t('ratingsStaff.reply.notStaffBody')} />;
  }
  if (status === 404) return <NotFoundRoute />;
  if (status === 403) {
    return <NotAllowedNotice title={t('ratingsStaff.reply.cannotReplyTitle')} body={t('ratingsStaff.errors.forbidden')} />;
  }
  if (!rating.data || !service.data) return <Loading failed={rating.isError || service.isError} />;
  if (!allowed) {
    return (
      <NotAllowedNotice
        title={t('ratingsStaff.reply.cannotReplyTitle')}
        body={t('ratingsStaff.reply.cannotReplyBody', { service: service.data.name })}
      />
    );
  }
  if (rating.data.hidden) {
    return <NotAllowedNotice title={t('ratingsStaff.reply.hiddenTitle')} body={t('ratingsStaff.reply.hiddenBody')} />;
  }
  if (!rating.data.review) {
    return <NotAllowedNotice title={t('ratingsStaff.reply.noWordsTitle')} body={t('ratingsStaff.reply.noWordsBody')} />;
  }
  return (
    <ReplyPage
      rating={rating.data}
      service={service.data}
      refetch={async () => (await rating.refetch()).data}
    />
  );
}

interface ReplyPageProps {
  rating: RatingView;
  service: ServiceView;
  /** the review as it is now */
  refetch: () => Promise<RatingView | undefined>;
}

function ReplyPage({ rating: opened, service, refetch }: ReplyPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  // the review the form started from (its reply's version is saved against), and a new form, from
  // the review as it is now, after reloading it
  const [started, setStarted] = useState({ rating: opened, key: 0 });
  const rating = started.rating;
  const reply = rating.reply ?? null;
  const collected = !!rating.source && !rating.reviewerName;

  async function reload() {
    const fresh = await refetch();
    if (fresh) setStarted((current) => ({ rating: fresh, key: current.key + 1 }));
  }

  let intro: string;
  if (reply) intro = t('ratingsStaff.reply.editIntro', { name: reply.authorName, date: formatDate(reply.updatedAt) });
  else if (collected) intro = t('ratingsStaff.reply.introCollected', { source: rating.source });
  else intro = t('ratingsStaff.reply.intro');

  const header = (
    <>
      <PageHeading caption={service.name}>{reply ? t('ratingsStaff.reply.editTitle') : t('ratingsStaff.reply.title')}</PageHeading>
      <p className="govuk-body">{intro}</p>
      <h2 className="govuk-heading-m">{t('ratingsStaff.reply.reviewHeading')}</h2>
      <ReviewDetails rating={rating} />
      <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
    </>
  );

  return (
    <>
      <Link className="govuk-back-link" to={AWAITING_PATH}>
        {t('ratingsStaff.reply.back')}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ReplyForm
            key={started.key}
            rating={rating}
            before={header}
            cancelTo={AWAITING_PATH}
            onReload={() => void reload()}
            onSaved={(saved, { edited, committed }) => {
              const flash: ReplyFlash = {
                kind: edited ? 'updated' : 'replied',
                ratingId: saved.id,
                serviceName: service.name,
                serviceSlug: service.slug,
                reviewer: saved.reviewerName || null,
                source: saved.source || null,
                changeId: committed && saved.change ? saved.change.id : null,
              };
              void navigate(AWAITING_PATH, { state: { flash } });
            }}
          />
        </div>
      </div>
    </>
  );
}

// One review: the score in words and numbers, any aspect scores, the words, who wrote it (or where
// it was collected) and when; the organisation's reply and, when the reply committed to a change,
// "We are making a change". On the reviews page: report it, reply to it (staff), change my own.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportForm } from '@/features/ideas/components/report-form';
import { paragraphs, useFormatDate } from '@/lib/format';
import type { ChangeView, RatingView } from '@/types';
import { DIMENSIONS, isScore, useRatingFormat } from '../scores';
import { ChangeStatusText, ReviewerAnswer } from './change-status';
import { useScoreText } from './score-text';

/** The element id of a review, so links such as /services/x/reviews#review-<id> land on it. */
export function reviewDomId(id: string): string {
  return `review-${id}`;
}

type Heading = 'h3' | 'h4';
const SUB_HEADING: Record<Heading, 'h4' | 'h5'> = { h3: 'h4', h4: 'h5' };

/** Who wrote it: their display name, where an imported rating was collected, or a former participant. */
export function useReviewerText(): (review: RatingView) => string {
  const { t } = useTranslation();
  return (review) =>
    review.reviewerName
      ? review.reviewerName
      : review.source
        ? t('ratings.review.collectedBy', { source: review.source })
        : t('ratings.review.formerParticipant');
}

function ChangeBox({ change, heading }: { change: ChangeView; heading: 'h4' | 'h5' }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const Heading = heading;
  return (
    <div className="app-change-box">
      <Heading className="govuk-heading-s govuk-!-margin-bottom-2">{t('ratings.review.makingChange')}</Heading>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-compact-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('ratings.change.what')}</dt>
          <dd className="govuk-summary-list__value app-break-word">{change.what}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('ratings.change.expectedBy')}</dt>
          <dd className="govuk-summary-list__value">{formatDate(change.expectedBy)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('ratings.change.status')}</dt>
          <dd className="govuk-summary-list__value">
            <ChangeStatusText change={change} />
          </dd>
        </div>
        {change.confirmation?.answer ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('ratings.change.reviewerSaid')}</dt>
            <dd className="govuk-summary-list__value">
              <ReviewerAnswer change={change} />
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="govuk-body govuk-!-margin-bottom-0">
        <Link className="govuk-link" to={`/changes/${encodeURIComponent(change.id)}`}>
          {t('ratings.review.seeChange')}
        </Link>
      </p>
    </div>
  );
}

interface ReviewItemProps {
  review: RatingView;
  serviceSlug: string;
  heading?: Heading;
  /** on the reviews page: id="review-<id>", focusable, with actions */
  full?: boolean;
  /** undefined while we do not yet know who is signed in; null when signed out */
  meId?: string | null;
  /** staff who answer for the service */
  canAnswer?: boolean;
}

export function ReviewItem({ review, serviceSlug, heading = 'h3', full = false, meId, canAnswer = false }: ReviewItemProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const format = useRatingFormat();
  const scoreText = useScoreText();
  const reviewerText = useReviewerText();
  const [mode, setMode] = useState<'reading' | 'reporting'>('reading');
  const [reported, setReported] = useState(false);
  const reportRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (mode === 'reading' && refocus.current) {
      refocus.current = false;
      reportRef.current?.focus();
    }
  }, [mode]);

  const Heading = heading;
  const SubHeading = SUB_HEADING[heading];
  const reviewer = reviewerText(review);
  // for screen readers, which hear each action out of context: "Report the review by Bob"
  const target = review.reviewerName
    ? t('ratings.review.target.named', { name: review.reviewerName })
    : review.source
      ? t('ratings.review.target.collected', { source: review.source })
      : t('ratings.review.target.other');
  const aspects = DIMENSIONS.filter((dimension) => isScore(review[dimension]));
  const canReport = full && !!meId && !review.yours && !review.hidden && !reported;
  const canReply = full && canAnswer && !review.hidden && !!review.review;
  const canChangeMine =
    full && review.yours && !!review.changeableUntil && Date.parse(review.changeableUntil) > Date.now();
  const hasActions = canReport || canReply || canChangeMine;

  return (
    <div
      className="app-review"
      id={full ? reviewDomId(review.id) : undefined}
      tabIndex={full ? -1 : undefined}
    >
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{scoreText(review.overall)}</Heading>
      <p className="govuk-body-s govuk-!-margin-bottom-2 app-secondary-text">
        <span className="app-break-word app-review__by">{reviewer}</span>
        {review.yours ? ` ${t('ratings.review.you')}` : null},{' '}
        <time dateTime={review.ratedAt}>{formatDate(review.ratedAt)}</time>
        {review.usedIn ? (
          <>
            <br />
            {t('ratings.review.usedIn', { month: format.month(review.usedIn) })}
          </>
        ) : null}
      </p>
      {review.hidden ? (
        <p className="govuk-body-s">
          <strong className="govuk-tag govuk-tag--grey">{t('ratings.review.hidden')}</strong>{' '}
          {review.yours ? t('ratings.review.hiddenYours') : t('ratings.review.hiddenStaff')}
        </p>
      ) : null}

      {aspects.length > 0 ? (
        <ul className="govuk-list govuk-!-font-size-16 app-review__aspects">
          {aspects.map((dimension) => (
            <li key={dimension}>
              {t('ratings.review.aspect', { aspect: t(`ratings.dimensions.${dimension}`), score: scoreText(review[dimension]) })}
            </li>
          ))}
        </ul>
      ) : null}

      {paragraphs(review.review).map((paragraph, index) => (
        <p key={index} className="govuk-body app-break-word">
          {paragraph}
        </p>
      ))}

      {review.reply ? (
        <div className="app-review__reply">
          <SubHeading className="govuk-heading-s govuk-!-margin-bottom-1 app-break-word">
            {t('ratings.review.replyFrom', { name: review.reply.authorName || t('ratings.review.staffMember') })}
          </SubHeading>
          <p className="govuk-body-s govuk-!-margin-bottom-2 app-secondary-text">
            <time dateTime={review.reply.createdAt}>{formatDate(review.reply.createdAt)}</time>
          </p>
          {paragraphs(review.reply.body).map((paragraph, index) => (
            <p key={index} className="govuk-body app-break-word">
              {paragraph}
            </p>
          ))}
        </div>
      ) : null}

      {review.change ? <ChangeBox change={review.change} heading={SubHeading} /> : null}

      {mode === 'reading' && hasActions ? (
        <ul className="app-comment__actions govuk-!-margin-top-2">
          {canReply ? (
            <li>
              <Link className="govuk-link" to={`/reviews/${encodeURIComponent(review.id)}/reply`}>
                {review.reply ? t('ratings.review.changeReply') : t('ratings.review.reply')}
                <span className="govuk-visually-hidden">
                  {' '}
                  {review.reply ? t('ratings.review.changeReplyTarget', { target }) : t('ratings.review.replyTarget', { target })}
                </span>
              </Link>
            </li>
          ) : null}
          {canChangeMine ? (
            <li>
              <Link className="govuk-link" to={`/services/${encodeURIComponent(serviceSlug)}/rate`}>
                {t('ratings.review.changeMine')}
              </Link>
            </li>
          ) : null}
          {canReport ? (
            <li>
              <button type="button" className="app-link-button" ref={reportRef} onClick={() => setMode('reporting')}>
                {t('ratings.review.report')}
                <span className="govuk-visually-hidden"> {t('ratings.review.reportTarget', { target })}</span>
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}

      {full && (mode === 'reporting' || reported) ? (
        <ReportForm
          targetType="review"
          targetId={review.id}
          autoFocus
          onCancel={
            reported
              ? undefined
              : () => {
                  refocus.current = true;
                  setMode('reading');
                }
          }
          onSent={() => {
            setReported(true);
            setMode('reading');
          }}
        />
      ) : null}
    </div>
  );
}

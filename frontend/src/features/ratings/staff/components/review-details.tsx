// A review as staff read it before replying: the score in words and numbers, the words, who gave it
// (or where it was collected) and when.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useScoreText } from '@/features/ratings/components/score-text';
import { paragraphs, useFormatDate } from '@/lib/format';
import type { RatingView } from '@/types';

/** Who gave the review: their name, "Collected by library-kiosk", or "Someone who used the service". */
export function reviewerText(t: TFunction, rating: RatingView): string {
  if (rating.reviewerName) return rating.reviewerName;
  if (rating.source) return t('ratingsStaff.review.collectedBy', { source: rating.source });
  return t('ratingsStaff.review.someone');
}

export function ReviewDetails({ rating }: { rating: RatingView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const scoreText = useScoreText();
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
        <span className="govuk-visually-hidden">{t('ratingsStaff.review.score')}: </span>
        {scoreText(rating.overall)}
      </p>
      <blockquote className="govuk-inset-text govuk-!-margin-top-2 app-break-word app-description">
        <span className="govuk-visually-hidden">{t('ratingsStaff.review.words')} </span>
        {paragraphs(rating.review).map((paragraph, index) => (
          <p className="govuk-body" key={index}>
            {paragraph}
          </p>
        ))}
      </blockquote>
      <dl className="app-card__meta">
        <div>
          <dt>{t('ratingsStaff.review.reviewer')}:</dt> <dd className="app-break-word">{reviewerText(t, rating)}</dd>
        </div>
        <div>
          <dt>{t('ratingsStaff.review.reviewed')}:</dt> <dd>{formatDate(rating.ratedAt)}</dd>
        </div>
      </dl>
    </>
  );
}

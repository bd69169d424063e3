// On the service page after rating it: thanks, and what happens next.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBanner } from '@/components/notification-banner';
import { reviewDomId } from '@/features/ratings/components/review-item';
import { useFormatDate } from '@/lib/format';
import type { ServiceView } from '@/types';
import type { RatingFlash } from './flash';

export function RatingBanner({ flash, service }: { flash: RatingFlash; service: ServiceView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const reviews = `/services/${encodeURIComponent(service.slug)}/reviews`;
  return (
    <NotificationBanner
      kind="success"
      heading={flash.kind === 'rated' ? t('ratings.saved.rated', { service: service.name }) : t('ratings.saved.changed')}
    >
      <p className="govuk-body">
        {flash.review
          ? t('ratings.saved.reviewNext', { organisation: service.organisation.name })
          : t('ratings.saved.scoreNext')}
      </p>
      {flash.changeableUntil ? (
        <p className="govuk-body">{t('ratings.saved.changeUntil', { date: formatDate(flash.changeableUntil) })}</p>
      ) : null}
      {flash.review ? (
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to={`${reviews}#${reviewDomId(flash.ratingId)}`}>
            {t('ratings.saved.readReview')}
          </Link>
        </p>
      ) : null}
    </NotificationBanner>
  );
}

// Rate a service (/services/:slug/rate). Signed-out visitors are asked to sign in; someone who rated
// it within the window gets their rating back to change it. Saving goes to the service page, which
// says what happens next.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useMyRating } from '@/features/ratings/api/my-rating';
import { RatingForm } from '@/features/ratings/components/rating-form';
import { useService } from '@/features/services/api/get-service';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/auth';
import { useFormatDate } from '@/lib/format';
import { NotFoundRoute } from '../not-found';
import { SignInNotice } from '../services/access-notice';
import type { RatingFlash } from './flash';

export function RateServiceRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const service = useService(slug);
  const me = useMe();
  const mine = useMyRating(slug, { enabled: !!me.data });
  useDocumentTitle(t('ratings.rate.title'));

  if (service.isError && isApiError(service.error) && service.error.status === 404) return <NotFoundRoute />;
  if (me.isPending || !service.data) {
    return (
      <StatusMessage>
        <p className={service.isError ? 'govuk-error-message' : 'govuk-body'}>
          {service.isError ? t('service.error') : t('app.loading')}
        </p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('ratings.rate.signInTitle')} body={t('ratings.rate.signInBody')} />;

  const data = service.data;
  const servicePath = `/services/${encodeURIComponent(data.slug)}`;
  const existing = mine.data;

  return (
    <>
      <Link className="govuk-back-link" to={servicePath}>
        {t('ratings.rate.back', { service: data.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={<span className="app-break-word">{data.name}</span>}>{t('ratings.rate.title')}</PageHeading>
          {mine.isPending || mine.isError ? (
            <StatusMessage>
              <p className={mine.isError ? 'govuk-error-message' : 'govuk-body'}>
                {mine.isError ? t('ratings.rate.mineError') : t('app.loading')}
              </p>
            </StatusMessage>
          ) : (
            <>
              {existing ? (
                <div className="govuk-inset-text">
                  {t('ratings.rate.alreadyRated', { date: formatDate(existing.ratedAt) })}{' '}
                  {existing.changeableUntil
                    ? t('ratings.rate.changeUntil', { date: formatDate(existing.changeableUntil) })
                    : null}
                </div>
              ) : (
                <p className="govuk-body">{t('ratings.rate.intro', { organisation: data.organisation.name })}</p>
              )}
              <RatingForm
                service={data}
                existing={existing ?? null}
                displayName={me.data.displayName}
                onSaved={(rating, created) => {
                  const ratingFlash: RatingFlash = {
                    kind: created ? 'rated' : 'changed',
                    ratingId: rating.id,
                    review: !!rating.review,
                    changeableUntil: rating.changeableUntil ?? null,
                  };
                  void navigate(servicePath, { state: { ratingFlash } });
                }}
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}

// One service's page, with its challenges, ideas, ratings and outcomes; staff of its organisation (and admins)
// also get edit and archive.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { OpenChallenges } from '@/features/challenges/components/open-challenges';
import { ServiceIdeas } from '@/features/ideas/components/service-ideas';
import { ServiceRecordLink } from '@/features/outcomes-dashboard/components/service-record-link';
import { ServiceOutcomes } from '@/features/outcomes/components/service-outcomes';
import { ServiceRatings } from '@/features/ratings/components/service-ratings';
import { useService } from '@/features/services/api/get-service';
import { ArchiveService } from '@/features/services/components/archive-service';
import { ServiceDetails } from '@/features/services/components/service-details';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import { NotFoundRoute } from '../not-found';
import { readRatingFlash } from '../ratings/flash';
import { RatingBanner } from '../ratings/rating-banner';
import { readFlash } from './flash';

export function ServiceRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const service = useService(slug);
  const me = useMe();
  const flash = readFlash(location.state);
  const ratingFlash = readRatingFlash(location.state);
  useDocumentTitle(service.data?.name ?? (service.isPending ? t('service.loading') : undefined));

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
  const canManage = canManageOrganisation(me.data, data.organisation.id);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {flash && flash.kind !== 'archived' ? (
          <NotificationBanner kind="success" heading={flash.kind === 'created' ? t('service.created') : t('service.saved')}>
            <p className="govuk-body">
              {flash.kind === 'created' ? t('service.createdBody', { name: flash.name }) : t('service.savedBody')}
            </p>
          </NotificationBanner>
        ) : null}
        {ratingFlash ? <RatingBanner flash={ratingFlash} service={data} /> : null}
        {data.active ? null : <NotificationBanner heading={t('service.notRunning')} />}

        <PageHeading caption={data.organisation.name}>
          <span className="app-break-word">{data.name}</span>
        </PageHeading>

        <ServiceDetails service={data} />

        <OpenChallenges serviceId={data.id} />
        <ServiceIdeas serviceId={data.id} active={data.active} />
        <ServiceRecordLink slug={data.slug} />
        <ServiceRatings service={data} />
        <ServiceOutcomes service={data} />

        {canManage ? (
          <section aria-labelledby="manage-heading" className="govuk-!-margin-top-8">
            <h2 className="govuk-heading-m" id="manage-heading">
              {t('service.manage')}
            </h2>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/services/${encodeURIComponent(data.slug)}/edit`}>
                {t('service.edit')}
              </Link>
            </p>
            <ArchiveService
              service={data}
              onArchived={() => void navigate('/services', { state: { flash: { kind: 'archived', name: data.name } } })}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}

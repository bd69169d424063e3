// One promised change (/changes/:id): you said, we said, what is changing and where it stands.
// Its reviewer answers whether it happened once staff have marked it done (and may change that
// answer later); staff of the service's organisation mark it done, which asks the reviewer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useChange } from '@/features/ratings/api/changes';
import { ChangeDetails } from '@/features/ratings/components/change-details';
import { ConfirmationForm } from '@/features/ratings/components/confirmation-form';
import { MarkDone } from '@/features/ratings/components/mark-done';
import { reviewDomId } from '@/features/ratings/components/review-item';
import { canAnswerFor } from '@/features/ratings/permissions';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/auth';
import { NotFoundRoute } from '../not-found';

type Banner = { kind: 'answered' | 'done'; at: number };

export function ChangeRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const change = useChange(id);
  const me = useMe();
  const [banner, setBanner] = useState<Banner | null>(null);
  useDocumentTitle(change.data ? change.data.what : change.isPending ? t('ratings.change.loading') : undefined);

  if (change.isError && isApiError(change.error) && change.error.status === 404) return <NotFoundRoute />;
  if (!change.data) {
    return (
      <StatusMessage>
        <p className={change.isError ? 'govuk-error-message' : 'govuk-body'}>
          {change.isError ? t('ratings.change.error') : t('ratings.change.loading')}
        </p>
      </StatusMessage>
    );
  }

  const data = change.data;
  const servicePath = `/services/${encodeURIComponent(data.service.slug)}`;
  const canMarkDone = data.status === 'COMMITTED' && canAnswerFor(me.data, data.service.organisationId);

  return (
    <>
      <Link className="govuk-back-link" to={`${servicePath}/you-said-we-did`}>
        {t('ratings.change.back')}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {banner ? (
            <FocusOnMount key={banner.at}>
              {banner.kind === 'answered' ? (
                <NotificationBanner kind="success" heading={t('ratings.confirm.saved')}>
                  <p className="govuk-body">{t('ratings.confirm.savedBody')}</p>
                </NotificationBanner>
              ) : (
                <NotificationBanner kind="success" heading={t('ratings.done.saved')}>
                  <p className="govuk-body">{t('ratings.done.savedBody')}</p>
                </NotificationBanner>
              )}
            </FocusOnMount>
          ) : null}

          <PageHeading caption={t('ratings.change.weAreChanging')}>
            <span className="app-break-word">{data.what}</span>
          </PageHeading>
          <p className="govuk-body app-break-word">
            {t('ratings.change.forService')}{' '}
            <Link className="govuk-link" to={servicePath}>
              {data.service.name}
            </Link>
          </p>

          <ChangeDetails change={data} />
          <p className="govuk-body">
            <Link className="govuk-link" to={`${servicePath}/reviews#${reviewDomId(data.ratingId)}`}>
              {t('ratings.change.seeReview')}
            </Link>
          </p>

          {data.yours && data.askedAt ? (
            <ConfirmationForm change={data} onSaved={() => setBanner({ kind: 'answered', at: Date.now() })} />
          ) : null}
          {data.yours && !data.askedAt ? (
            <div className="govuk-inset-text">{t('ratings.confirm.notYet')}</div>
          ) : null}

          {canMarkDone ? <MarkDone change={data} onDone={() => setBanner({ kind: 'done', at: Date.now() })} /> : null}
        </div>
      </div>
    </>
  );
}

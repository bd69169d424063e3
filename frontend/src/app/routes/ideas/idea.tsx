// One idea: what it is, who proposed it (with its co-authors), its supporters, what has happened
// to it and the discussion; staff of the service's organisation answer it here, its author manages
// co-authors and may withdraw it while it waits for review, and signed-in people may report it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useChallenge } from '@/features/challenges/api/get-challenges';
import { useIdea } from '@/features/ideas/api/get-idea';
import { AnswerForm } from '@/features/ideas/components/answer-form';
import { CoauthorInvitation } from '@/features/ideas/components/coauthor-invitation';
import { CoauthorsSection } from '@/features/ideas/components/coauthors-section';
import { IdeaByline } from '@/features/ideas/components/idea-byline';
import { IdeaComments } from '@/features/ideas/components/idea-comments';
import { IdeaStatusTag } from '@/features/ideas/components/idea-status-tag';
import { IdeaTimeline } from '@/features/ideas/components/idea-timeline';
import { ReportIdea } from '@/features/ideas/components/report-form';
import { SupportButton } from '@/features/ideas/components/support-button';
import { WithdrawIdea } from '@/features/ideas/components/withdraw-idea';
import { canChangeIdea } from '@/features/ideas/permissions';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import { paragraphs } from '@/lib/format';
import { NotFoundRoute } from '../not-found';
import { readIdeaFlash } from './flash';

export function IdeaRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const idea = useIdea(id);
  const me = useMe();
  const challenge = useChallenge(idea.data?.challengeId);
  const [banner, setBanner] = useState<{ kind: 'published' | 'withdrawn'; at: number } | null>(null);
  const flash = readIdeaFlash(location.state);
  useDocumentTitle(idea.data?.title ?? (idea.isPending ? t('idea.loading') : undefined));

  if (idea.isError && isApiError(idea.error) && idea.error.status === 404) return <NotFoundRoute />;

  if (!idea.data) {
    return (
      <StatusMessage>
        <p className={idea.isError ? 'govuk-error-message' : 'govuk-body'}>
          {idea.isError ? t('idea.error') : t('idea.loading')}
        </p>
      </StatusMessage>
    );
  }

  const data = idea.data;
  const meId = me.isPending ? undefined : (me.data?.id ?? null);
  const isAuthor = !!me.data && me.data.id === data.author.id;
  const isCoauthor = !!me.data && (data.coauthors ?? []).some((person) => person.id === me.data?.id);
  const canAnswer = canManageOrganisation(me.data, data.service.organisationId);
  // a hidden idea is shown only to its authors, and its comments are closed with it
  const canReport = !!me.data && !isAuthor && !isCoauthor && !data.hidden;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {flash && !banner ? (
          <NotificationBanner
            kind="success"
            heading={flash.kind === 'saved' ? t('editIdea.saved') : t('idea.proposed')}
          />
        ) : null}
        {banner?.kind === 'withdrawn' ? (
          <FocusOnMount key={banner.at}>
            <NotificationBanner kind="success" heading={t('idea.withdrawn')} />
          </FocusOnMount>
        ) : null}
        {data.status === 'WITHDRAWN' && banner?.kind !== 'withdrawn' ? (
          <NotificationBanner heading={t('idea.isWithdrawn')} />
        ) : null}

        {data.hidden ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">{t('idea.warning')}</span>
              {t('idea.isHidden')}
            </strong>
          </div>
        ) : null}

        <CoauthorInvitation idea={data} meId={meId} />

        <PageHeading caption={data.service.name}>
          <span className="app-break-word">{data.title}</span>
        </PageHeading>
        <p className="govuk-body">
          <IdeaStatusTag status={data.status} />
        </p>
        <IdeaByline idea={data} />

        <div className="app-description">
          {paragraphs(data.body).map((paragraph, index) => (
            <p key={index} className="govuk-body">
              {paragraph}
            </p>
          ))}
        </div>

        <dl className="govuk-summary-list govuk-!-margin-top-6">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('idea.service')}</dt>
            <dd className="govuk-summary-list__value app-break-word">
              <Link className="govuk-link" to={`/services/${encodeURIComponent(data.service.slug)}`}>
                {data.service.name}
              </Link>
            </dd>
          </div>
          {data.challengeId ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('idea.challenge')}</dt>
              <dd className="govuk-summary-list__value app-break-word">
                <Link className="govuk-link" to={`/challenges/${encodeURIComponent(data.challengeId)}`}>
                  {challenge.data?.title ?? t('idea.challengeLink')}
                </Link>
              </dd>
            </div>
          ) : null}
          {data.placeName ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('idea.place')}</dt>
              <dd className="govuk-summary-list__value app-break-word">{data.placeName}</dd>
            </div>
          ) : null}
          {data.tags && data.tags.length > 0 ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('idea.tags')}</dt>
              <dd className="govuk-summary-list__value">
                <ul className="app-tag-list">
                  {data.tags.map((tag) => (
                    <li key={tag}>
                      <strong className="govuk-tag govuk-tag--grey app-break-word">{tag}</strong>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>

        {canChangeIdea(me.data, data) ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/ideas/${encodeURIComponent(data.id)}/edit`}>
              {t('editIdea.changeLink')}
            </Link>
          </p>
        ) : null}

        {canReport ? <ReportIdea ideaId={data.id} /> : null}

        <SupportButton idea={data} meId={meId} />

        <IdeaTimeline ideaId={data.id} />

        {canAnswer ? (
          <>
            {banner?.kind === 'published' ? (
              <div className="govuk-!-margin-top-8">
                <FocusOnMount key={banner.at}>
                  <NotificationBanner kind="success" heading={t('answer.published')} />
                </FocusOnMount>
              </div>
            ) : null}
            <AnswerForm
              key={data.status}
              idea={data}
              onPublished={() => setBanner({ kind: 'published', at: Date.now() })}
            />
          </>
        ) : null}

        {data.hidden ? null : <IdeaComments ideaId={data.id} meId={meId} />}

        <CoauthorsSection idea={data} me={me.data} />

        {isAuthor && data.status === 'SUBMITTED' ? (
          <section aria-labelledby="withdraw-heading" className="govuk-!-margin-top-8">
            <h2 className="govuk-heading-m" id="withdraw-heading">
              {t('withdraw.heading')}
            </h2>
            <p className="govuk-body">{t('withdraw.intro')}</p>
            <WithdrawIdea idea={data} onWithdrawn={() => setBanner({ kind: 'withdrawn', at: Date.now() })} />
          </section>
        ) : null}
      </div>
    </div>
  );
}

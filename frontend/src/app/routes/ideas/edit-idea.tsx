// Change an idea while it waits for review: for its author and co-authors, with the same form as
// proposing one. The change is made to the version loaded; if someone else saved first, the API
// refuses it (412) and we say so rather than overwrite their words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useIdea } from '@/features/ideas/api/get-idea';
import { useUpdateIdea } from '@/features/ideas/api/update-idea';
import { IdeaForm, type IdeaApiErrorKeys } from '@/features/ideas/components/idea-form';
import { ideaFormValues, keepCoordinates } from '@/features/ideas/components/idea-form-values';
import { isIdeaAuthor } from '@/features/ideas/permissions';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/auth';
import type { IdeaView } from '@/types';
import { NotFoundRoute } from '../not-found';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import type { IdeaFlash } from './flash';

/** Refusals that end editing: the page shows why instead of the form. */
type Refusal = 'forbidden' | 'reviewStarted';

const API_ERROR_KEYS: IdeaApiErrorKeys = {
  401: 'editIdea.errors.signedOut',
  404: 'editIdea.errors.notFound',
  429: 'editIdea.errors.tooMany',
  default: 'editIdea.errors.generic',
};

const ideaPath = (id: string) => `/ideas/${encodeURIComponent(id)}`;

export function EditIdeaRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const idea = useIdea(id);
  const me = useMe();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // once loaded, what is shown names the page
  useDocumentTitle(me.isPending || !idea.data ? t('editIdea.pageTitle') : undefined);

  if (idea.isError && isApiError(idea.error) && idea.error.status === 404) return <NotFoundRoute />;
  if (me.isPending || !idea.data) {
    const failed = idea.isError;
    return (
      <StatusMessage>
        <p className={failed ? 'govuk-error-message' : 'govuk-body'}>{failed ? t('idea.error') : t('idea.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('editIdea.signInTitle')} body={t('editIdea.signInBody')} />;

  const data = idea.data;
  if (refusal === 'forbidden' || !isIdeaAuthor(me.data, data)) {
    return <NotAllowedNotice title={t('editIdea.notAllowedTitle')} body={t('editIdea.notAllowedBody')} />;
  }
  if (refusal === 'reviewStarted' || data.status !== 'SUBMITTED') {
    return (
      <ClosedNotice ideaId={data.id} body={refusal ? t('editIdea.reviewStartedBody') : t('editIdea.closedBody')} />
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={data.service.name}>{t('editIdea.pageTitle')}</PageHeading>
        <p className="govuk-body">{t('editIdea.intro')}</p>
        <p className="govuk-body">{t('ideaForm.public')}</p>
        {/* a reload is a new location: the form starts again from the idea as it now stands */}
        <EditIdeaForm key={location.key} idea={data} onRefused={setRefusal} />
      </div>
    </div>
  );
}

function EditIdeaForm({ idea, onRefused }: { idea: IdeaView; onRefused: (refusal: Refusal) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateIdea();
  const reload = useIdea(idea.id);
  // the version being changed: kept while the cache moves on, so a newer one is refused, not overwritten
  const [base] = useState(idea);
  const [stale, setStale] = useState(0);
  const editPath = `${ideaPath(base.id)}/edit`;
  useDocumentTitle(t('editIdea.pageTitle'));

  return (
    <>
      {stale > 0 ? (
        <ErrorSummary errors={[{ message: t('editIdea.stale') }]} focusKey={stale}>
          <p className="govuk-body">
            <a
              className="govuk-link"
              href={editPath}
              onClick={async (event) => {
                event.preventDefault();
                await reload.refetch();
                void navigate(editPath, { replace: true });
              }}
            >
              {t('editIdea.reload')}
            </a>
          </p>
        </ErrorSummary>
      ) : null}
      <IdeaForm
        serviceId={base.service.id}
        challengeId={base.challengeId}
        cancelTo={ideaPath(base.id)}
        initialValues={ideaFormValues(base)}
        submitLabel={t('editIdea.submit')}
        showSimilar={false}
        apiErrorKeys={API_ERROR_KEYS}
        onSave={async (input) => {
          try {
            await update.mutateAsync({ id: base.id, version: base.version, input: keepCoordinates(input, base) });
          } catch (error) {
            if (isApiError(error) && error.status === 412) return setStale((n) => n + 1);
            if (isApiError(error) && error.status === 403) return onRefused('forbidden');
            if (isApiError(error) && error.status === 409) return onRefused('reviewStarted');
            throw error;
          }
          const flash: IdeaFlash = { kind: 'saved' };
          void navigate(ideaPath(base.id), { state: { flash } });
        }}
      />
    </>
  );
}

function ClosedNotice({ ideaId, body }: { ideaId: string; body: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('editIdea.closedTitle'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('editIdea.closedTitle')}</PageHeading>
        <p className="govuk-body">{body}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={ideaPath(ideaId)}>
            {t('editIdea.backToIdea')}
          </Link>
        </p>
      </div>
    </div>
  );
}

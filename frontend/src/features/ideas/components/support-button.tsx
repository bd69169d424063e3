// Supporting an idea: the live count, and a button to support or withdraw support.
// Signed out: a link to sign in. The author and co-authors cannot support their own idea.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isApiError, signInUrl } from '@/lib/api-client';
import type { IdeaView } from '@/types';
import { useSetSupport, useSupports } from '../api/supports';

interface SupportButtonProps {
  idea: IdeaView;
  /** undefined while we do not yet know who is signed in; null when signed out */
  meId: string | null | undefined;
}

export function SupportButton({ idea, meId }: SupportButtonProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const supports = useSupports(idea.id);
  const setSupport = useSetSupport();
  const count = supports.data?.supportCount ?? idea.supportCount;
  const supported = supports.data?.supportedByMe ?? false;
  // co-authors designed it too: their own idea, which they cannot support
  const own = !!meId && (meId === idea.author.id || (idea.coauthors ?? []).some((person) => person.id === meId));
  const open = idea.status !== 'WITHDRAWN';

  function errorMessage(): string {
    const error = setSupport.error;
    if (isApiError(error)) {
      if (error.status === 401) return t('support.errors.signedOut');
      if (error.status === 409) return t('support.errors.closed');
      if (error.status === 0) return t('form.errors.network');
    }
    return t('support.errors.generic');
  }

  let action = null;
  if (!open || meId === undefined) {
    action = null;
  } else if (own) {
    action = <p className="govuk-body">{t('support.ownIdea')}</p>;
  } else if (meId === null) {
    action = (
      <p className="govuk-body">
        <a className="govuk-link" href={signInUrl(location.pathname + location.search)}>
          {t('support.signIn')}
        </a>
      </p>
    );
  } else if (supports.data) {
    action = (
      <button
        type="button"
        className={`govuk-button${supported ? ' govuk-button--secondary' : ''}`}
        aria-disabled={setSupport.isPending ? true : undefined}
        onClick={() => {
          if (setSupport.isPending) return;
          setSupport.mutate({ id: idea.id, support: !supported });
        }}
      >
        {supported ? t('support.withdraw') : t('support.support')}
      </button>
    );
  }

  return (
    <section aria-labelledby="support-heading" className="app-support">
      <h2 className="govuk-heading-m" id="support-heading">
        {t('support.heading')}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        <p className="govuk-body govuk-!-font-weight-bold">{t('support.count', { count })}</p>
        {supported && !own ? <p className="govuk-body">{t('support.youSupport')}</p> : null}
      </div>
      {setSupport.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {errorMessage()}
        </p>
      ) : null}
      {action}
    </section>
  );
}

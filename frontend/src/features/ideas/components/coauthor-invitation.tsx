// For the person invited to co-author the idea: the invitation near the top of the page, with
// Accept and Decline. What they chose replaces it, and takes focus (the buttons have gone).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { isApiError } from '@/lib/api-client';
import type { IdeaView } from '@/types';
import { useAcceptInvitation, useCoauthors, useRemoveCoauthor } from '../api/coauthors';

interface CoauthorInvitationProps {
  idea: IdeaView;
  /** undefined while we do not yet know who is signed in; null when signed out */
  meId: string | null | undefined;
}

export function CoauthorInvitation({ idea, meId }: CoauthorInvitationProps) {
  const { t } = useTranslation();
  const coauthors = useCoauthors(idea.id, { enabled: !!meId });
  const accept = useAcceptInvitation();
  const decline = useRemoveCoauthor();
  const [answer, setAnswer] = useState<'accepted' | 'declined' | null>(null);
  const invitation = coauthors.data?.items.find((item) => item.person.id === meId && item.state === 'INVITED');
  const busy = accept.isPending || decline.isPending;

  if (answer) {
    return (
      <FocusOnMount>
        <NotificationBanner kind="success" heading={t(`coauthors.${answer}`)} />
      </FocusOnMount>
    );
  }
  if (!meId || !invitation) return null;

  const error = accept.error ?? decline.error;
  function errorMessage(): string {
    if (isApiError(error)) {
      if (error.status === 0) return t('form.errors.network');
      if (error.status === 401) return t('coauthors.errors.signedOut');
      if (error.status === 404) return t('coauthors.errors.invitationGone');
    }
    return t('coauthors.errors.generic');
  }
  const variables = { ideaId: idea.id, personId: meId };

  return (
    <NotificationBanner
      heading={
        <span className="app-break-word">
          {t('coauthors.invitation', { name: idea.author.displayName || t('idea.formerParticipant') })}
        </span>
      }
    >
      <p className="govuk-body">{t('coauthors.invitationBody')}</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {errorMessage()}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          aria-disabled={busy ? true : undefined}
          onClick={() => {
            if (busy) return;
            decline.reset();
            accept.mutate(variables, { onSuccess: () => setAnswer('accepted') });
          }}
        >
          {t('coauthors.accept')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={busy ? true : undefined}
          onClick={() => {
            if (busy) return;
            accept.reset();
            decline.mutate(variables, { onSuccess: () => setAnswer('declined') });
          }}
        >
          {t('coauthors.decline')}
        </button>
      </div>
    </NotificationBanner>
  );
}

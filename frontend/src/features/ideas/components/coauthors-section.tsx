// "Co-authors" for the people who design the idea: its author sees everyone (with invitations
// not yet accepted), removes them and invites more; a co-author can leave. Everyone else sees
// the co-authors in the byline only, so for them this renders nothing.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '@/components/focus-on-mount';
import { StatusMessage } from '@/components/status-message';
import { isApiError } from '@/lib/api-client';
import type { CoauthorView, IdeaView, MeView } from '@/types';
import { MAX_COAUTHORS, useCoauthors, useRemoveCoauthor } from '../api/coauthors';
import { InviteCoauthorForm } from './invite-coauthor-form';

function CoauthorRow({ coauthor, onRemove, removing }: { coauthor: CoauthorView; onRemove: () => void; removing: boolean }) {
  const { t } = useTranslation();
  const name = coauthor.person.displayName || t('idea.formerParticipant');
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key app-break-word">{name}</dt>
      <dd className="govuk-summary-list__value">
        {coauthor.state === 'INVITED' ? (
          <strong className="govuk-tag govuk-tag--yellow">{t('coauthors.invited')}</strong>
        ) : (
          t('coauthors.coauthor')
        )}
      </dd>
      <dd className="govuk-summary-list__actions">
        <button type="button" className="app-link-button" aria-disabled={removing ? true : undefined} onClick={onRemove}>
          {t('coauthors.remove')}
          <span className="govuk-visually-hidden"> {name}</span>
        </button>
      </dd>
    </div>
  );
}

/** The author's view: who is in, who is invited, remove, invite. */
function ManageCoauthors({ idea, me }: { idea: IdeaView; me: MeView }) {
  const { t } = useTranslation();
  const coauthors = useCoauthors(idea.id);
  const remove = useRemoveCoauthor();
  const [done, setDone] = useState<{ text: string; at: number } | null>(null);
  const items = coauthors.data?.items ?? [];
  // nobody can join a withdrawn or hidden idea, and the API stops at five
  const open = idea.status !== 'WITHDRAWN' && !idea.hidden;
  const full = items.length >= MAX_COAUTHORS;

  function removeError(): string {
    if (isApiError(remove.error) && remove.error.status === 0) return t('form.errors.network');
    if (isApiError(remove.error) && remove.error.status === 401) return t('coauthors.errors.signedOut');
    return t('coauthors.errors.removeFailed');
  }

  return (
    <>
      <p className="govuk-body">{t('coauthors.intro')}</p>
      <StatusMessage>
        {coauthors.isPending ? <p className="govuk-body">{t('coauthors.loading')}</p> : null}
        {coauthors.isError ? <p className="govuk-error-message">{t('coauthors.error')}</p> : null}
      </StatusMessage>
      {done ? (
        <FocusOnMount key={done.at}>
          <p className="govuk-body govuk-!-font-weight-bold app-break-word" role="status">
            {done.text}
          </p>
        </FocusOnMount>
      ) : null}
      {coauthors.data && items.length === 0 ? <p className="govuk-body">{t('coauthors.none')}</p> : null}
      {items.length > 0 ? (
        <dl className="govuk-summary-list">
          {items.map((coauthor) => (
            <CoauthorRow
              key={coauthor.person.id}
              coauthor={coauthor}
              removing={remove.isPending && remove.variables?.personId === coauthor.person.id}
              onRemove={() => {
                if (remove.isPending || !coauthor.person.id) return;
                const name = coauthor.person.displayName || t('idea.formerParticipant');
                remove.mutate(
                  { ideaId: idea.id, personId: coauthor.person.id },
                  {
                    onSuccess: () =>
                      setDone({
                        text: t(coauthor.state === 'INVITED' ? 'coauthors.invitationRemoved' : 'coauthors.removed', { name }),
                        at: Date.now(),
                      }),
                  },
                );
              }}
            />
          ))}
        </dl>
      ) : null}
      {remove.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {removeError()}
        </p>
      ) : null}
      {!open ? <p className="govuk-body">{t('coauthors.closed')}</p> : null}
      {open && full ? <p className="govuk-body">{t('coauthors.full', { max: MAX_COAUTHORS })}</p> : null}
      {open && !full && coauthors.data ? (
        <InviteCoauthorForm
          ideaId={idea.id}
          myEmail={me.email}
          onInvited={(email) => setDone({ text: t('coauthors.invitationSent', { email }), at: Date.now() })}
        />
      ) : null}
    </>
  );
}

/** A co-author's view: they may leave, after confirming. */
function LeaveIdea({ ideaId, meId, onLeft }: { ideaId: string; meId: string; onLeft: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveCoauthor();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const leaveRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) leaveRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" ref={leaveRef} className="govuk-button govuk-button--secondary" onClick={() => setConfirming(true)}>
        {t('coauthors.leave')}
      </button>
    );
  }
  return (
    <div className="app-confirm">
      <p className="govuk-body govuk-!-font-weight-bold app-focus-target" tabIndex={-1} ref={questionRef}>
        {t('coauthors.confirmLeave')}
      </p>
      {remove.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {t('coauthors.errors.leaveFailed')}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={remove.isPending ? true : undefined}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate({ ideaId, personId: meId }, { onSuccess: onLeft });
          }}
        >
          {t('coauthors.confirmLeaveButton')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            returnFocus.current = true;
            remove.reset();
            setConfirming(false);
          }}
        >
          {t('coauthors.cancel')}
        </button>
      </div>
    </div>
  );
}

interface CoauthorsSectionProps {
  idea: IdeaView;
  me: MeView | null | undefined;
}

export function CoauthorsSection({ idea, me }: CoauthorsSectionProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(false);
  const coauthors = useCoauthors(idea.id, { enabled: !!me });
  if (!me) return null;

  const isAuthor = me.id === idea.author.id;
  const isCoauthor = !!coauthors.data?.items.some((item) => item.person.id === me.id && item.state === 'ACCEPTED');
  if (!isAuthor && !isCoauthor && !left) return null;

  return (
    <section aria-labelledby="coauthors-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="coauthors-heading">
        {t('coauthors.heading')}
      </h2>
      {isAuthor ? <ManageCoauthors idea={idea} me={me} /> : null}
      {!isAuthor && left ? (
        <FocusOnMount>
          <p className="govuk-body" role="status">
            {t('coauthors.left')}
          </p>
        </FocusOnMount>
      ) : null}
      {!isAuthor && !left ? (
        <>
          <p className="govuk-body">{t('coauthors.youAreCoauthor')}</p>
          <LeaveIdea ideaId={idea.id} meId={me.id} onLeft={() => setLeft(true)} />
        </>
      ) : null}
    </section>
  );
}

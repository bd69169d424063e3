// One comment: who wrote it and when, its text (plain text, never HTML), and what I may do with it:
// correct my own for 15 minutes, delete my own after confirming, report someone else's.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { paragraphs, useFormatDate } from '@/lib/format';
import type { CommentView } from '@/types';
import { COMMENT_EDIT_WINDOW_MS, useDeleteComment, useEditComment } from '../api/comments';
import { CommentForm } from './comment-form';
import { ReportForm } from './report-form';

type Mode = 'reading' | 'editing' | 'deleting' | 'reporting';
/** Where focus goes when a form closes, so keyboard users are not thrown back to the top. */
type FocusTarget = 'edit' | 'delete' | 'report' | 'comment';

export function commentDomId(commentId: string): string {
  return `comment-${commentId}`;
}

export function canStillEdit(comment: CommentView, now: number): boolean {
  return !comment.deleted && now - Date.parse(comment.createdAt) < COMMENT_EDIT_WINDOW_MS;
}

interface CommentItemProps {
  ideaId: string;
  comment: CommentView;
  /** undefined while we do not yet know who is signed in; null when signed out */
  meId: string | null | undefined;
  /** the time now, ticking, so "Edit" goes when the 15 minutes are up */
  now: number;
  /** tells screen reader users what just happened */
  announce: (message: string) => void;
  /** more actions, such as Reply on a top-level comment */
  actions?: ReactNode;
}

export function CommentItem({ ideaId, comment, meId, now, announce, actions }: CommentItemProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const editComment = useEditComment();
  const [mode, setMode] = useState<Mode>('reading');
  const [reported, setReported] = useState(false);
  const focusAfter = useRef<FocusTarget | null>(null);
  const commentRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const reportRef = useRef<HTMLButtonElement>(null);

  const own = !!meId && comment.author.id === meId;
  const canEdit = own && canStillEdit(comment, now);
  const canDelete = own && !comment.deleted;
  const canReport = !!meId && !own && !comment.deleted && !reported;
  const author = comment.author.displayName || t('idea.formerParticipant');

  useEffect(() => {
    const target = focusAfter.current;
    if (!target || mode !== 'reading') return;
    focusAfter.current = null;
    const refs = { edit: editRef, delete: deleteRef, report: reportRef, comment: commentRef };
    (refs[target].current ?? commentRef.current)?.focus();
  }, [mode, comment]);

  function close(target: FocusTarget) {
    focusAfter.current = target;
    setMode('reading');
  }

  const text = comment.deleted ? (
    <p className="govuk-body app-comment__deleted">{t('comments.deleted')}</p>
  ) : (
    paragraphs(comment.body).map((paragraph, index) => (
      <p key={index} className="govuk-body app-break-word">
        {paragraph}
      </p>
    ))
  );

  return (
    <div className="app-comment app-focus-target" id={commentDomId(comment.id)} tabIndex={-1} ref={commentRef}>
      <p className="govuk-body-s app-comment__meta">
        <strong className="app-break-word">{author}</strong>{' '}
        <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
        {comment.editedAt && !comment.deleted ? ` ${t('comments.edited')}` : null}
      </p>
      {comment.hidden ? <p className="govuk-body-s govuk-!-font-weight-bold">{t('comments.hiddenByModerator')}</p> : null}

      {mode === 'editing' ? (
        <CommentForm
          id={`edit-${comment.id}`}
          label={t('comments.editLabel')}
          submitLabel={t('comments.save')}
          initialBody={comment.body ?? ''}
          autoFocus
          conflictKey="comments.errors.tooLateToEdit"
          onSubmit={async (body) => {
            await editComment.mutateAsync({ ideaId, comment, body });
            announce(t('comments.changed'));
            close('edit');
          }}
          secondary={
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => close('edit')}>
              {t('comments.cancel')}
            </button>
          }
        />
      ) : (
        text
      )}

      {mode === 'reading' && (actions || canEdit || canDelete || canReport) ? (
        <ul className="app-comment__actions">
          {actions}
          {canEdit ? (
            <li>
              <button type="button" className="app-link-button" ref={editRef} onClick={() => setMode('editing')}>
                {t('comments.edit')}
                <span className="govuk-visually-hidden"> {t('comments.yourComment')}</span>
              </button>
            </li>
          ) : null}
          {canDelete ? (
            <li>
              <button type="button" className="app-link-button" ref={deleteRef} onClick={() => setMode('deleting')}>
                {t('comments.delete')}
                <span className="govuk-visually-hidden"> {t('comments.yourComment')}</span>
              </button>
            </li>
          ) : null}
          {canReport ? (
            <li>
              <button type="button" className="app-link-button" ref={reportRef} onClick={() => setMode('reporting')}>
                {t('comments.report')}
                <span className="govuk-visually-hidden"> {t('comments.commentBy', { name: author })}</span>
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}

      {mode === 'deleting' ? (
        <ConfirmDeleteComment
          ideaId={ideaId}
          comment={comment}
          onCancel={() => close('delete')}
          onDeleted={() => {
            announce(t('comments.deletedAnnouncement'));
            close('comment');
          }}
        />
      ) : null}

      {mode === 'reporting' || reported ? (
        <ReportForm
          targetType="comment"
          targetId={comment.id}
          autoFocus
          onCancel={reported ? undefined : () => close('report')}
          onSent={() => {
            setReported(true);
            setMode('reading');
          }}
        />
      ) : null}
    </div>
  );
}

interface ConfirmDeleteCommentProps {
  ideaId: string;
  comment: CommentView;
  onCancel: () => void;
  onDeleted: () => void;
}

/** "Are you sure?" before a comment goes: deleting cannot be undone. */
function ConfirmDeleteComment({ ideaId, comment, onCancel, onDeleted }: ConfirmDeleteCommentProps) {
  const { t } = useTranslation();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const remove = useDeleteComment();

  useEffect(() => questionRef.current?.focus(), []);

  function errorMessage(): string {
    const error = remove.error;
    if (isApiError(error)) {
      if (error.status === 0) return t('form.errors.network');
      if (error.status === 401) return t('comments.errors.signedOut');
      if (error.status === 412) return t('comments.errors.changed');
      if (error.status === 404) return t('comments.errors.gone');
    }
    return t('comments.errors.deleteFailed');
  }

  return (
    <div className="app-confirm">
      <p className="govuk-body govuk-!-font-weight-bold app-focus-target" tabIndex={-1} ref={questionRef}>
        {t('comments.confirmDelete')}
      </p>
      {remove.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {errorMessage()}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={remove.isPending ? true : undefined}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate({ ideaId, comment }, { onSuccess: onDeleted });
          }}
        >
          {t('comments.confirmDeleteButton')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('comments.cancel')}
        </button>
      </div>
    </div>
  );
}

// The idea's discussion: comments oldest first with their replies indented under them, more on
// request, and a form to join in (or a sign-in link). Replies go one level deep, as in the API.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { StatusMessage } from '@/components/status-message';
import { newIdempotencyKey, signInUrl } from '@/lib/api-client';
import type { CommentView } from '@/types';
import { loadedComments, useAddComment, useComments } from '../api/comments';
import { CommentForm } from './comment-form';
import { CommentItem, commentDomId } from './comment-item';

interface Thread {
  comment: CommentView;
  replies: CommentView[];
}

/** Top-level comments with their replies; a reply whose comment I cannot see stands on its own. */
export function toThreads(comments: CommentView[]): Thread[] {
  const topLevel = new Map<string, Thread>();
  for (const comment of comments) {
    if (!comment.parentId) topLevel.set(comment.id, { comment, replies: [] });
  }
  const threads: Thread[] = [];
  for (const comment of comments) {
    const parent = comment.parentId ? topLevel.get(comment.parentId) : undefined;
    if (parent) parent.replies.push(comment);
    else threads.push(topLevel.get(comment.id) ?? { comment, replies: [] });
  }
  return threads;
}

/** The time now, every interval: time-limited actions (editing a comment) go when their time is up. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * The key for the next comment: kept while the same text is sent again (a retry after a lost
 * answer must not post it twice), new for new text.
 */
function useIdempotencyKeyFor() {
  const last = useRef<{ text: string; key: string } | null>(null);
  return (text: string) => {
    if (last.current?.text !== text) last.current = { text, key: newIdempotencyKey() };
    return last.current.key;
  };
}

interface CommentThreadProps {
  ideaId: string;
  thread: Thread;
  meId: string | null | undefined;
  now: number;
  announce: (message: string) => void;
}

function CommentThread({ ideaId, thread, meId, now, announce }: CommentThreadProps) {
  const { t } = useTranslation();
  const { comment, replies } = thread;
  const addComment = useAddComment();
  const keyFor = useIdempotencyKeyFor();
  const [replying, setReplying] = useState(false);
  const [focusReply, setFocusReply] = useState(0);
  const replyButtonRef = useRef<HTMLButtonElement>(null);
  const author = comment.author.displayName || t('idea.formerParticipant');
  // one level of replies; a deleted or hidden comment is no place to start a conversation
  const canReply = !!meId && !comment.parentId && !comment.deleted && !comment.hidden;

  useEffect(() => {
    if (focusReply > 0) replyButtonRef.current?.focus();
  }, [focusReply]);

  function closeReply() {
    setReplying(false);
    setFocusReply((n) => n + 1);
  }

  return (
    <li className="app-comments__item">
      <CommentItem
        ideaId={ideaId}
        comment={comment}
        meId={meId}
        now={now}
        announce={announce}
        actions={
          canReply && !replying ? (
            <li>
              <button type="button" className="app-link-button" ref={replyButtonRef} onClick={() => setReplying(true)}>
                {t('comments.reply')}
                <span className="govuk-visually-hidden"> {t('comments.toName', { name: author })}</span>
              </button>
            </li>
          ) : null
        }
      />
      {replies.length > 0 ? (
        <ul className="app-comments app-comments--replies">
          {replies.map((reply) => (
            <li key={reply.id} className="app-comments__item">
              <CommentItem ideaId={ideaId} comment={reply} meId={meId} now={now} announce={announce} />
            </li>
          ))}
        </ul>
      ) : null}
      {replying ? (
        <div className="app-comments__reply">
          <CommentForm
            id={`reply-${comment.id}`}
            label={t('comments.replyLabel', { name: author })}
            submitLabel={t('comments.sendReply')}
            autoFocus
            onSubmit={async (body) => {
              await addComment.mutateAsync({ ideaId, body, parentId: comment.id, idempotencyKey: keyFor(body) });
              announce(t('comments.replyAdded'));
              closeReply();
            }}
            secondary={
              <button type="button" className="govuk-button govuk-button--secondary" onClick={closeReply}>
                {t('comments.cancel')}
              </button>
            }
          />
        </div>
      ) : null}
    </li>
  );
}

interface IdeaCommentsProps {
  ideaId: string;
  /** undefined while we do not yet know who is signed in; null when signed out */
  meId: string | null | undefined;
}

export function IdeaComments({ ideaId, meId }: IdeaCommentsProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const comments = useComments(ideaId);
  const addComment = useAddComment();
  const keyFor = useIdempotencyKeyFor();
  const now = useNow(30_000);
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const [focusComment, setFocusComment] = useState<string | null>(null);
  const threads = toThreads(loadedComments(comments.data));
  const announce = (text: string) => setAnnouncement(({ n }) => ({ text, n: n + 1 }));

  // after "Load more comments", start reading at the first new one (the button may have gone)
  useEffect(() => {
    if (focusComment) document.getElementById(commentDomId(focusComment))?.focus();
  }, [focusComment]);

  async function loadMore() {
    if (comments.isFetchingNextPage) return;
    const result = await comments.fetchNextPage();
    const first = result.data?.pages.at(-1)?.items[0];
    if (first) {
      setFocusComment(first.id);
      announce(t('comments.moreLoaded'));
    }
  }

  return (
    <section aria-labelledby="comments-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="comments-heading">
        {t('comments.heading')}
      </h2>
      <StatusMessage>
        {comments.isPending ? <p className="govuk-body">{t('comments.loading')}</p> : null}
        {comments.isError && !comments.data ? <p className="govuk-error-message">{t('comments.error')}</p> : null}
        {announcement.text ? (
          <p key={announcement.n} className="govuk-visually-hidden">
            {announcement.text}
          </p>
        ) : null}
      </StatusMessage>
      {comments.data && threads.length === 0 ? <p className="govuk-body">{t('comments.empty')}</p> : null}

      {threads.length > 0 ? (
        <ul className="app-comments">
          {threads.map((thread) => (
            <CommentThread
              key={thread.comment.id}
              ideaId={ideaId}
              thread={thread}
              meId={meId}
              now={now}
              announce={announce}
            />
          ))}
        </ul>
      ) : null}

      {comments.isFetchNextPageError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {t('comments.moreError')}
        </p>
      ) : null}
      {comments.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={comments.isFetchingNextPage ? true : undefined}
          onClick={() => void loadMore()}
        >
          {t('comments.loadMore')}
        </button>
      ) : null}

      {meId ? (
        <CommentForm
          id="comment-body"
          label={t('comments.addLabel')}
          submitLabel={t('comments.add')}
          onSubmit={async (body) => {
            await addComment.mutateAsync({ ideaId, body, idempotencyKey: keyFor(body) });
            announce(t('comments.added'));
          }}
        />
      ) : null}
      {meId === null ? (
        <p className="govuk-body">
          <a className="govuk-link" href={signInUrl(location.pathname + location.search)}>
            {t('comments.signIn')}
          </a>
        </p>
      ) : null}
    </section>
  );
}

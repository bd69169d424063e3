// Comments on an idea: pages oldest first, one level of replies; my own can be corrected for
// 15 minutes and deleted at any time. Writes update the cached pages in place, so what someone
// has already read does not jump about.
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CommentPage, CommentView } from '@/types';
import { ideasKeys } from './keys';

export const COMMENTS_PAGE_SIZE = 50;
export const COMMENT_MAX = 2000;
/** How long after posting the API lets its author correct a comment. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60_000;

type CommentPages = InfiniteData<CommentPage, string | undefined>;

const commentsPath = (ideaId: string) => `/api/v1/ideas/${encodeURIComponent(ideaId)}/comments`;
const commentPath = (ideaId: string, commentId: string) =>
  `${commentsPath(ideaId)}/${encodeURIComponent(commentId)}`;

export function getComments(ideaId: string, cursor: string | undefined, signal?: AbortSignal): Promise<CommentPage> {
  return api.get<CommentPage>(commentsPath(ideaId), { limit: COMMENTS_PAGE_SIZE, cursor }, signal);
}

export function useComments(ideaId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: ideasKeys.comments(ideaId),
    queryFn: ({ pageParam, signal }) => getComments(ideaId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

/** Every loaded comment once, oldest first (a comment I posted may also arrive on a later page). */
export function loadedComments(pages: InfiniteData<CommentPage, unknown> | undefined): CommentView[] {
  const byId = new Map<string, CommentView>();
  for (const page of pages?.pages ?? []) for (const comment of page.items) byId.set(comment.id, comment);
  // a stable sort by time keeps the API's order for equal times
  const time = (comment: CommentView) => Date.parse(comment.createdAt) || 0;
  return [...byId.values()].sort((a, b) => time(a) - time(b));
}

function replaceComment(pages: CommentPages | undefined, next: CommentView): CommentPages | undefined {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      items: page.items.map((comment) => (comment.id === next.id ? next : comment)),
    })),
  };
}

function appendComment(pages: CommentPages | undefined, added: CommentView): CommentPages | undefined {
  if (!pages || pages.pages.length === 0) return pages;
  const last = pages.pages.length - 1;
  return {
    ...pages,
    pages: pages.pages.map((page, index) => (index === last ? { ...page, items: [...page.items, added] } : page)),
  };
}

export interface AddCommentVariables {
  ideaId: string;
  body: string;
  parentId?: string;
  idempotencyKey: string;
}

export function addComment({ ideaId, body, parentId, idempotencyKey }: AddCommentVariables): Promise<CommentView> {
  return api.post<CommentView>(commentsPath(ideaId), { body, parentId }, idempotencyKey);
}

/** Comment on the idea, or reply to a top-level comment. */
export function useAddComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addComment,
    onSuccess: (added, { ideaId }) => {
      const key = ideasKeys.comments(ideaId);
      // nothing loaded yet (or loading failed): fetch the first page, which has it
      if (!queryClient.getQueryData(key)) void queryClient.invalidateQueries({ queryKey: key });
      else queryClient.setQueryData<CommentPages>(key, (pages) => appendComment(pages, added));
    },
  });
}

export interface EditCommentVariables {
  ideaId: string;
  comment: CommentView;
  body: string;
}

export function editComment({ ideaId, comment, body }: EditCommentVariables): Promise<CommentView> {
  return api.put<CommentView>(commentPath(ideaId, comment.id), { body }, comment.version);
}

/** Correct my comment (the API allows it for 15 minutes after posting). */
export function useEditComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editComment,
    onSuccess: (edited, { ideaId }) => {
      queryClient.setQueryData<CommentPages>(ideasKeys.comments(ideaId), (pages) => replaceComment(pages, edited));
    },
  });
}

export interface DeleteCommentVariables {
  ideaId: string;
  comment: CommentView;
}

export function deleteComment({ ideaId, comment }: DeleteCommentVariables): Promise<void> {
  return api.delete(commentPath(ideaId, comment.id), comment.version);
}

/** Delete my comment: it stays in the thread (replies keep their place) as "Comment deleted". */
export function useDeleteComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteComment,
    onSuccess: (_, { ideaId, comment }) => {
      const deleted: CommentView = { ...comment, deleted: true, body: null as unknown as string, version: comment.version + 1 };
      queryClient.setQueryData<CommentPages>(ideasKeys.comments(ideaId), (pages) => replaceComment(pages, deleted));
    },
  });
}

// One review, as staff see it (with its reply and any change), and replying to it: the first reply
// is a POST; changing it is a PUT against the reply's version, so someone else's edit is a 412.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { ChangeView, RatingView, ReplyInput } from '@/types';
import { publicRatingsPrefixes, ratingsStaffKeys } from './keys';

const ratingPath = (id: string) => `/api/v1/ratings/${encodeURIComponent(id)}`;

export function getRating(id: string, signal?: AbortSignal): Promise<RatingView> {
  return api.get<RatingView>(ratingPath(id), undefined, signal);
}

/** Not fetched while `id` is undefined (for example before we know the person is staff). */
export function useStaffRating(id: string | undefined) {
  return useQuery({
    queryKey: ratingsStaffKeys.rating(id ?? ''),
    queryFn: ({ signal }) => getRating(id!, signal),
    enabled: !!id,
  });
}

export type ReplyVariables =
  | { ratingId: string; input: ReplyInput; idempotencyKey: string; replyVersion?: undefined }
  | { ratingId: string; input: ReplyInput; replyVersion: number; idempotencyKey?: undefined };

/** POST for a first reply (with an Idempotency-Key), PUT with If-Match: the reply's version after that. */
export function saveReply({ ratingId, input, idempotencyKey, replyVersion }: ReplyVariables): Promise<RatingView> {
  const path = `${ratingPath(ratingId)}/reply`;
  return replyVersion === undefined
    ? api.post<RatingView>(path, input, idempotencyKey)
    : api.put<RatingView>(path, input, replyVersion);
}

/** The review changed: ours is replaced, the lists (ours and the public ones) are fetched again when next shown. */
function reviewChanged(queryClient: QueryClient, rating: RatingView) {
  queryClient.setQueryData(ratingsStaffKeys.rating(rating.id), rating);
  void queryClient.invalidateQueries({ queryKey: ratingsStaffKeys.awaiting() });
  for (const prefix of publicRatingsPrefixes) {
    void queryClient.invalidateQueries({ queryKey: [...prefix], refetchType: 'none' });
  }
}

export function useSaveReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReply,
    onSuccess: (rating) => reviewChanged(queryClient, rating),
  });
}

export interface MarkDoneVariables {
  ratingId: string;
  change: ChangeView;
}

/** Staff say the promised change has happened; the reviewer is then asked whether it did. */
export async function markChangeDone({ change }: MarkDoneVariables): Promise<ChangeView> {
  const path = `/api/v1/changes/${encodeURIComponent(change.id)}/done`;
  return (await apiRequest<ChangeView>(path, { method: 'POST', version: change.version })).data;
}

export function useMarkChangeDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markChangeDone,
    onSuccess: (change, { ratingId }) => {
      const rating = queryClient.getQueryData<RatingView>(ratingsStaffKeys.rating(ratingId));
      if (rating) reviewChanged(queryClient, { ...rating, change });
      void queryClient.invalidateQueries({ queryKey: ratingsStaffKeys.rating(ratingId) });
    },
  });
}

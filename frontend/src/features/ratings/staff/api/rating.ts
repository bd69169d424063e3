// Replying to a review: the first reply is a POST (with an Idempotency-Key); changing it is a PUT
// against the reply's version, so someone else's edit in the meantime is a 412, not lost.
// The review is read with the public ratings hook (useRating), under the same cache key.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ratingsKeys } from '@/features/ratings/api/keys';
import { api } from '@/lib/api-client';
import type { RatingView, ReplyInput } from '@/types';
import { publicRatingsPrefixes, ratingsStaffKeys } from './keys';

export type ReplyVariables =
  | { ratingId: string; input: ReplyInput; idempotencyKey: string; replyVersion?: undefined }
  | { ratingId: string; input: ReplyInput; replyVersion: number; idempotencyKey?: undefined };

export function saveReply({ ratingId, input, idempotencyKey, replyVersion }: ReplyVariables): Promise<RatingView> {
  const path = `/api/v1/ratings/${encodeURIComponent(ratingId)}/reply`;
  return replyVersion === undefined
    ? api.post<RatingView>(path, input, idempotencyKey)
    : api.put<RatingView>(path, input, replyVersion);
}

export function useSaveReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReply,
    onSuccess: (rating) => {
      // the review is replaced; the lists (ours and the public ones) are fetched again when next shown
      queryClient.setQueryData(ratingsKeys.item(rating.id), rating);
      void queryClient.invalidateQueries({ queryKey: ratingsStaffKeys.awaiting() });
      for (const prefix of publicRatingsPrefixes) {
        void queryClient.invalidateQueries({ queryKey: [...prefix], refetchType: 'none' });
      }
    },
  });
}

// A moderator hides or restores an idea, comment or review, with a reason for the audit log. Either
// decision closes every open report on it, so the queue is fetched again afterwards.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import type { ModerationDecision } from '@/types';
import { moderationKeys } from './keys';

export type ModerationAction = 'hide' | 'restore';
export type ModerationTargetType = 'idea' | 'comment' | 'review';

export interface DecideVariables {
  targetType: ModerationTargetType;
  targetId: string;
  action: ModerationAction;
  decision: ModerationDecision;
}

export async function decide({ targetType, targetId, action, decision }: DecideVariables): Promise<void> {
  const path = `/api/v1/moderation/${targetType}/${encodeURIComponent(targetId)}/${action}`;
  await apiRequest<void>(path, { method: 'POST', body: decision });
}

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
    onError: (error) => {
      // gone, or already decided by someone else: show the queue as it is now
      if (isApiError(error) && error.status === 404) void queryClient.invalidateQueries({ queryKey: moderationKeys.all });
    },
  });
}

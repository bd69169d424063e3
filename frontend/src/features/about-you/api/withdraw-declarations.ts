// Withdrawing my area and every answer at once: the API deletes them and answers with the empty profile.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ProfileView } from '@/types';
import { PROFILE_PATH } from './get-profile';
import { aboutYouKeys } from './keys';

export async function withdrawDeclarations(): Promise<ProfileView> {
  return (await apiRequest<ProfileView>(`${PROFILE_PATH}/declarations`, { method: 'DELETE' })).data;
}

export function useWithdrawDeclarations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawDeclarations,
    onSuccess: (withdrawn) => queryClient.setQueryData(aboutYouKeys.profile(), withdrawn),
  });
}

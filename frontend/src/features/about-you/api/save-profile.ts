// Saying (or changing) my area and answers. The PUT replaces what I said before: a question left out
// is withdrawn, and a null area means I would rather not say.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ProfileInput, ProfileView } from '@/types';
import { PROFILE_PATH } from './get-profile';
import { aboutYouKeys } from './keys';

export interface ProfileChoices {
  /** an area's code, or null for "I'd rather not say" */
  area: string | null;
  /** an answer by question; questions I would rather not answer are left out */
  answers: Record<string, string>;
}

/** PUT without If-Match: the declarations have no version, and the last choice wins. */
export async function saveProfile({ area, answers }: ProfileChoices): Promise<ProfileView> {
  // the generated type says "optional" where the API takes null
  const body = { area, answers } as ProfileInput;
  return (await apiRequest<ProfileView>(PROFILE_PATH, { method: 'PUT', body })).data;
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProfile,
    onSuccess: (saved) => queryClient.setQueryData(aboutYouKeys.profile(), saved),
  });
}

// Changing my name and language. The PUT replaces both: a null name goes back to the name my sign-in
// gives, a null language means I have not chosen one. The header shows my name, so `me` is asked again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { meKey } from '@/lib/auth';
import type { AccountSettings, AccountView } from '@/types';
import { ACCOUNT_PATH } from './get-account';
import { accountKeys } from './keys';

export type AccountLanguage = 'en' | 'cy';

export interface AccountChoices {
  displayName: string | null;
  language: AccountLanguage | null;
}

/** PUT without If-Match: the account has no version, and the last choice wins. */
export async function saveAccount({ displayName, language }: AccountChoices): Promise<AccountView> {
  // both are always sent; the generated type says "optional" where the API takes null
  const body = { displayName, language } as AccountSettings;
  return (await apiRequest<AccountView>(ACCOUNT_PATH, { method: 'PUT', body })).data;
}

export function useSaveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAccount,
    onSuccess: (saved) => {
      queryClient.setQueryData(accountKeys.mine(), saved);
      void queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}

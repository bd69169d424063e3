// The English / Cymraeg switch, for someone signed in: their account keeps the choice, so the portal
// opens in it on any device. The PUT replaces the name too, so the name choice is sent back unchanged:
// a chosen name as it is, a name that follows the sign-in as null.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { meKey } from '@/lib/auth';
import type { AccountView } from '@/types';
import { getAccount } from './get-account';
import { accountKeys } from './keys';
import { saveAccount, type AccountLanguage } from './save-account';

export async function saveLanguage(queryClient: QueryClient, language: AccountLanguage): Promise<AccountView> {
  const account = await queryClient.fetchQuery({ queryKey: accountKeys.mine(), queryFn: ({ signal }) => getAccount(signal) });
  return saveAccount({ displayName: account.displayNameChosen ? account.displayName : null, language });
}

export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: AccountLanguage) => saveLanguage(queryClient, language),
    onSuccess: (saved) => {
      queryClient.setQueryData(accountKeys.mine(), saved);
      void queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}

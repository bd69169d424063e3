// My account as Coproduce holds it: the name others see, my language, my email and when I joined.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AccountView } from '@/types';
import { accountKeys } from './keys';

export const ACCOUNT_PATH = '/api/v1/me/account';

/** Where the browser downloads everything Coproduce holds about me, as one JSON file. */
export const EXPORT_PATH = '/api/v1/me/export';

export function getAccount(signal?: AbortSignal): Promise<AccountView> {
  return api.get<AccountView>(ACCOUNT_PATH, undefined, signal);
}

export function useAccount({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: accountKeys.mine(), queryFn: ({ signal }) => getAccount(signal), enabled });
}

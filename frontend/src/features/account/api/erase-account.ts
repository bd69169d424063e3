// Erasing my account: the API deletes my personal data and ends my sessions everywhere. The confirm
// parameter is the API's own guard against a mistaken call; the page asks the person first.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

export const ERASE_CONFIRMATION = 'erase-my-account';

export async function eraseAccount(): Promise<void> {
  await apiRequest<void>('/api/v1/me', { method: 'DELETE', params: { confirm: ERASE_CONFIRMATION } });
}

export function useEraseAccount() {
  return useMutation({ mutationFn: eraseAccount });
}

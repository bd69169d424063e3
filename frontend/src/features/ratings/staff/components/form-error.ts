// Errors shown on the staff ratings pages: an i18n key of ours (with values), or text the API wrote.
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

export type FormError = { key: string; values?: Record<string, string | number> } | { text: string };

export function errorText(t: TFunction, error: FormError): string {
  return 'key' in error ? t(error.key, error.values ?? {}) : error.text;
}

/** What to say when a save is refused, and whether reloading the review is the way on. */
export function refusal(error: unknown): { error: FormError; reload: boolean } {
  if (!isApiError(error)) return { error: { key: 'ratingsStaff.errors.generic' }, reload: false };
  switch (error.status) {
    case 0:
      return { error: { key: 'ratingsStaff.errors.network' }, reload: false };
    case 401:
      return { error: { key: 'ratingsStaff.errors.signedOut' }, reload: false };
    case 403:
      return { error: { key: 'ratingsStaff.errors.forbidden' }, reload: false };
    case 404:
      return { error: { key: 'ratingsStaff.errors.gone' }, reload: false };
    case 409:
      // the API says why: already replied, hidden, a change that cannot be dropped or reworded
      return { error: error.detail ? { text: error.detail } : { key: 'ratingsStaff.errors.conflict' }, reload: true };
    case 412:
      return { error: { key: 'ratingsStaff.errors.stale' }, reload: true };
    case 429:
      return { error: { key: 'ratingsStaff.errors.tooMany' }, reload: false };
    case 400:
      return { error: error.detail ? { text: error.detail } : { key: 'ratingsStaff.errors.generic' }, reload: false };
    default:
      return { error: { key: 'ratingsStaff.errors.generic' }, reload: false };
  }
}

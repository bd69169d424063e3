// Errors shown in the outcomes forms: an i18n key of ours (with values), or text the API wrote.
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

export type FormError = { key: string; values?: Record<string, string | number> } | { text: string };

export function errorText(t: TFunction, error: FormError): string {
  return 'key' in error ? t(error.key, error.values ?? {}) : error.text;
}

/** The general error for a refused request, and whether reloading the page is the way on. */
export function refusal(error: unknown): { error: FormError; reload: boolean } {
  if (!isApiError(error)) return { error: { key: 'outcomes.errors.generic' }, reload: false };
  switch (error.status) {
    case 0:
      return { error: { key: 'outcomes.errors.network' }, reload: false };
    case 401:
      return { error: { key: 'outcomes.errors.signedOut' }, reload: false };
    case 403:
      return { error: { key: 'outcomes.errors.forbidden' }, reload: false };
    case 404:
      return { error: { key: 'outcomes.errors.gone' }, reload: false };
    case 409:
    case 400:
      return { error: error.detail ? { text: error.detail } : { key: 'outcomes.errors.generic' }, reload: false };
    case 412:
      return { error: { key: 'outcomes.errors.stale' }, reload: true };
    case 422:
      return { error: { key: 'outcomes.errors.idempotencyMismatch' }, reload: false };
    case 429:
      return { error: { key: 'outcomes.errors.tooMany' }, reload: false };
    default:
      return { error: { key: 'outcomes.errors.generic' }, reload: false };
  }
}

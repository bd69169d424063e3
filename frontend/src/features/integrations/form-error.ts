// Errors shown on the integrations pages: an i18n key of ours (with values), or text the API wrote.
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

export type FormError = { key: string; values?: Record<string, string | number> } | { text: string };

export function errorText(t: TFunction, error: FormError): string {
  return 'key' in error ? t(error.key, error.values ?? {}) : error.text;
}

/** The general error for a refused request; `forbidden` says what this person may not do. */
export function refusal(error: unknown, forbidden = 'integrations.errors.forbidden'): FormError {
  if (!isApiError(error)) return { key: 'integrations.errors.generic' };
  switch (error.status) {
    case 0:
      return { key: 'integrations.errors.network' };
    case 401:
      return { key: 'integrations.errors.signedOut' };
    case 403:
      return { key: forbidden };
    case 404:
      return { key: 'integrations.errors.gone' };
    case 400:
    case 409:
      return error.detail ? { text: error.detail } : { key: 'integrations.errors.generic' };
    case 422:
      return { key: 'integrations.errors.idempotencyMismatch' };
    case 429:
      return { key: 'integrations.errors.tooMany' };
    default:
      return { key: 'integrations.errors.generic' };
  }
}

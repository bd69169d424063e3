// Errors shown in the staff volunteering forms: an i18n key of ours (with values), or text the API wrote.
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

export type FormError = { key: string; values?: Record<string, string | number> } | { text: string };

export function errorText(t: TFunction, error: FormError): string {
  return 'key' in error ? t(error.key, error.values ?? {}) : error.text;
}

/**
 * The general error for a refused request, when no more particular one applies: the API's own
 * explanation for a 409 (it says why: full, overlapping, a check missing), otherwise ours.
 */
export function generalError(error: unknown): FormError {
  if (!isApiError(error)) return { key: 'volunteeringStaff.errors.generic' };
  switch (error.status) {
    case 0:
      return { key: 'volunteeringStaff.errors.network' };
    case 401:
      return { key: 'volunteeringStaff.errors.signedOut' };
    case 403:
      return { key: 'volunteeringStaff.errors.forbidden' };
    case 404:
      return { key: 'volunteeringStaff.errors.gone' };
    case 409:
    case 400:
      return error.detail ? { text: error.detail } : { key: 'volunteeringStaff.errors.generic' };
    case 412:
      return { key: 'volunteeringStaff.errors.stale' };
    case 429:
      return { key: 'volunteeringStaff.errors.tooMany' };
    default:
      return { key: 'volunteeringStaff.errors.generic' };
  }
}

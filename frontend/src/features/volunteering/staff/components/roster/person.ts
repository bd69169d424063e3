import type { TFunction } from 'i18next';
import type { SignupView } from '@/types';

/** The name staff know someone by: display name, else email, else a placeholder. */
export function personName(t: TFunction, signup: SignupView): string {
  return signup.person?.displayName || signup.person?.email || t('volunteeringStaff.roster.unnamed');
}

/** Hours as typed: 2, 2.5 or 2.25; more than 0 and at most 24. */
export function parseHours(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}(?:\.\d{1,2})?$/.test(trimmed)) return null;
  const hours = Number(trimmed);
  return hours > 0 && hours <= 24 ? hours : null;
}

/** A 409 that says the shift is full (the API's words), as opposed to an overlap or a limit. */
export function saysFull(detail: string | undefined): boolean {
  return !!detail && /\bfull\b/i.test(detail);
}

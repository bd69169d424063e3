// The rating form's values, its client-side checks (mirroring the API's) and the mapping to RatingInput.
import type { RatingInput, RatingView } from '@/types';
import { DIMENSIONS, REVIEW_MAX, isScore, parseMonth, type Dimension, type Score } from '../scores';
import type { MonthParts } from './month-input';
import { scoreRadioId } from './score-radios';

export interface RatingFormValues {
  overall: Score | null;
  access: Score | null;
  timeliness: Score | null;
  courtesy: Score | null;
  outcome: Score | null;
  usedIn: MonthParts;
  review: string;
}

export type RatingFormField = 'overall' | Dimension | 'usedIn' | 'review';

export const RATING_FIELD_ORDER: RatingFormField[] = ['overall', ...DIMENSIONS, 'usedIn', 'review'];

/** Where each field's error in the summary takes you. */
export const RATING_FIELD_IDS: Record<RatingFormField, string> = {
  overall: scoreRadioId('overall'),
  access: scoreRadioId('access'),
  timeliness: scoreRadioId('timeliness'),
  courtesy: scoreRadioId('courtesy'),
  outcome: scoreRadioId('outcome'),
  usedIn: 'usedIn-month',
  review: 'review',
};

/** How many years back the month someone used the service can go. */
export const YEARS_BACK = 4;

const monthParts = (date: Date): MonthParts => ({ month: String(date.getMonth() + 1), year: String(date.getFullYear()) });

/** A new rating: nothing chosen, used this month (the likeliest answer; it can be changed or cleared). */
export function emptyRatingValues(now: Date = new Date()): RatingFormValues {
  return { overall: null, access: null, timeliness: null, courtesy: null, outcome: null, usedIn: monthParts(now), review: '' };
}

const score = (value: unknown): Score | null => (isScore(value) ? value : null);

/** My rating as it stands, to change it. */
export function ratingFormValues(rating: RatingView): RatingFormValues {
  const used = parseMonth(rating.usedIn);
  return {
    overall: score(rating.overall),
    access: score(rating.access),
    timeliness: score(rating.timeliness),
    courtesy: score(rating.courtesy),
    outcome: score(rating.outcome),
    usedIn: used ? { month: String(used.month), year: String(used.year) } : { month: '', year: '' },
    review: rating.review ?? '',
  };
}

/** The years to offer: this year and a few before, and any year an earlier answer used. */
export function yearOptions(values: RatingFormValues, now: Date = new Date()): number[] {
  const current = now.getFullYear();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => current - index);
  const chosen = Number(values.usedIn.year);
  if (chosen && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}

function usedInText(parts: MonthParts): string | undefined {
  if (!parts.month || !parts.year) return undefined;
  return `${parts.year}-${parts.month.padStart(2, '0')}`;
}

export function toRatingInput(values: RatingFormValues): RatingInput {
  const review = values.review.trim();
  return {
    overall: values.overall ?? 0,
    access: values.access ?? undefined,
    timeliness: values.timeliness ?? undefined,
    courtesy: values.courtesy ?? undefined,
    outcome: values.outcome ?? undefined,
    review: review || undefined,
    usedIn: usedInText(values.usedIn),
  };
}

/** Client-side checks; returns i18n keys under `ratings.form.errors`. */
export function validateRating(values: RatingFormValues, now: Date = new Date()): Partial<Record<RatingFormField, string>> {
  const errors: Partial<Record<RatingFormField, string>> = {};
  if (values.overall === null) errors.overall = 'overallRequired';
  const { month, year } = values.usedIn;
  if (month && !year) errors.usedIn = 'yearRequired';
  else if (year && !month) errors.usedIn = 'monthRequired';
  else if (month && year) {
    const chosen = Number(year) * 12 + Number(month);
    if (chosen > now.getFullYear() * 12 + now.getMonth() + 1) errors.usedIn = 'usedInFuture';
  }
  if (values.review.trim().length > REVIEW_MAX) errors.review = 'reviewTooLong';
  return errors;
}

/** API property paths (problem+json `errors[].field`) to form fields. */
export function ratingFieldFromApi(path: string): RatingFormField | undefined {
  const last = path.split('.').pop() ?? path;
  return RATING_FIELD_ORDER.find((field) => field === last);
}

// The record-help form's values, checks and the request they make. Dates are calendar days in the
// instance's time zone: not in the future, and no more than a year ago (as the API requires).
import type { ContributionInput } from '@/types';
import { isIsoDate, yearBefore } from '../time';

export const NOTE_MAX = 500;
export const HOURS_MAX = 24;

export interface ContributionFormValues {
  serviceId: string;
  kindId: string;
  day: string;
  month: string;
  year: string;
  hours: string;
  note: string;
}

export type ContributionField = 'serviceId' | 'kindId' | 'date' | 'hours' | 'note';

export const CONTRIBUTION_FIELD_ORDER: ContributionField[] = ['serviceId', 'kindId', 'date', 'hours', 'note'];

/** The id each field's error links to (a date links to its day box). */
export const FIELD_IDS: Record<ContributionField, string> = {
  serviceId: 'serviceId',
  kindId: 'kindId',
  date: 'date-day',
  hours: 'hours',
  note: 'note',
};

export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

export function emptyContributionValues(serviceId = ''): ContributionFormValues {
  return { serviceId, kindId: '', day: '', month: '', year: '', hours: '', note: '' };
}

/** "2026-03-27" from day, month and year boxes, or null when they do not make a real date. */
export function dateFromParts(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day, month, year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function parseHours(text: string): number | null {
  const value = text.trim();
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const hours = Number(value);
  return hours > 0 && hours <= HOURS_MAX ? hours : null;
}

interface Context {
  /** today in the instance's time zone, YYYY-MM-DD */
  today: string;
  /** false when the chosen service lists no kinds of help */
  serviceHasKinds: boolean;
}

export function validateContribution(
  values: ContributionFormValues,
  { today, serviceHasKinds }: Context,
): Partial<Record<ContributionField, FieldProblem>> {
  const errors: Partial<Record<ContributionField, FieldProblem>> = {};
  if (!values.serviceId) errors.serviceId = { key: 'serviceRequired' };
  else if (!serviceHasKinds) errors.serviceId = { key: 'serviceHasNoKinds' };
  else if (!values.kindId) errors.kindId = { key: 'kindRequired' };

  const parts = [values.day, values.month, values.year].map((part) => part.trim());
  if (parts.every((part) => !part)) errors.date = { key: 'dateRequired' };
  else if (parts.some((part) => !part)) errors.date = { key: 'dateIncomplete' };
  else {
    const date = dateFromParts(values.day, values.month, values.year);
    const earliest = yearBefore(today);
    if (!date) errors.date = { key: 'dateInvalid' };
    else if (date > today) errors.date = { key: 'dateFuture' };
    else if (date < earliest) errors.date = { key: 'dateTooOld', params: { earliest } };
  }

  if (values.hours.trim() && parseHours(values.hours) === null) errors.hours = { key: 'hoursInvalid', params: { max: HOURS_MAX } };
  if (values.note.trim().length > NOTE_MAX) errors.note = { key: 'noteTooLong', params: { max: NOTE_MAX } };
  return errors;
}

export function toContributionInput(values: ContributionFormValues): ContributionInput {
  const input: ContributionInput = {
    serviceId: values.serviceId,
    kindId: values.kindId,
    date: dateFromParts(values.day, values.month, values.year) ?? '',
  };
  const hours = parseHours(values.hours);
  if (hours !== null) input.hours = hours;
  const note = values.note.trim();
  if (note) input.note = note;
  return input;
}

/** The form field an API field error belongs to, if any. */
export function contributionFieldFromApi(field: string): ContributionField | null {
  const name = field.split('.').pop() ?? field;
  return (CONTRIBUTION_FIELD_ORDER as string[]).includes(name) ? (name as ContributionField) : null;
}

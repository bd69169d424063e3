// The initiative form's values, the checks made before sending, and the request they make.
import { dateFromParts } from '@/features/volunteering/components/contribution-form-values';
import { emptyDate, isBlankDate, type DateParts } from '@/features/volunteering/components/date-input';
import type { Co, InitiativeInput, InitiativeView } from '@/types';
import { COS, isCo } from '../outcomes';

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const COMPARISONS_MAX = 10;

export interface InitiativeFormValues {
  name: string;
  description: string;
  startsOn: DateParts;
  endsOn: DateParts;
  cos: Co[];
  comparisonServiceIds: string[];
}

export type InitiativeField = 'name' | 'description' | 'startsOn' | 'endsOn' | 'cos' | 'comparisonServiceIds';

export const INITIATIVE_FIELD_ORDER: InitiativeField[] = [
  'name',
  'description',
  'startsOn',
  'endsOn',
  'cos',
  'comparisonServiceIds',
];

/** The id each field's error links to (a date to its day box, a group of checkboxes to its first box). */
export const INITIATIVE_FIELD_IDS: Record<InitiativeField, string> = {
  name: 'initiative-name',
  description: 'initiative-description',
  startsOn: 'initiative-starts-on-day',
  endsOn: 'initiative-ends-on-day',
  cos: `initiative-co-${COS[0]}`,
  comparisonServiceIds: 'initiative-comparisons',
};

/** An i18n key under outcomes.errors, with its values. */
export interface InitiativeProblem {
  key: string;
  values?: Record<string, string | number>;
}

export function partsOf(date: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return emptyDate();
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

export function emptyInitiativeValues(): InitiativeFormValues {
  return { name: '', description: '', startsOn: emptyDate(), endsOn: emptyDate(), cos: [], comparisonServiceIds: [] };
}

export function initiativeValuesFrom(initiative: InitiativeView): InitiativeFormValues {
  return {
    name: initiative.name ?? '',
    description: initiative.description ?? '',
    startsOn: partsOf(initiative.startsOn),
    endsOn: partsOf(initiative.endsOn),
    cos: (initiative.cos ?? []).filter(isCo),
    comparisonServiceIds: (initiative.comparisonServices ?? []).map((service) => service.id),
  };
}

function checkDate(parts: DateParts, required: boolean, prefix: 'start' | 'end'): InitiativeProblem | null {
  if (isBlankDate(parts)) return required ? { key: `${prefix}Required` } : null;
  if ([parts.day, parts.month, parts.year].some((part) => !part.trim())) return { key: `${prefix}Incomplete` };
  return dateFromParts(parts.day, parts.month, parts.year) ? null : { key: `${prefix}Invalid` };
}

export function validateInitiative(values: InitiativeFormValues): Partial<Record<InitiativeField, InitiativeProblem>> {
  const errors: Partial<Record<InitiativeField, InitiativeProblem>> = {};
  const name = values.name.trim();
  if (!name) errors.name = { key: 'nameRequired' };
  else if (name.length > NAME_MAX) errors.name = { key: 'nameTooLong', values: { max: NAME_MAX } };
  if (values.description.trim().length > DESCRIPTION_MAX) {
    errors.description = { key: 'descriptionTooLong', values: { max: DESCRIPTION_MAX } };
  }
  const start = checkDate(values.startsOn, true, 'start');
  if (start) errors.startsOn = start;
  const end = checkDate(values.endsOn, false, 'end');
  if (end) errors.endsOn = end;
  else if (!start && !isBlankDate(values.endsOn)) {
    const startsOn = dateFromParts(values.startsOn.day, values.startsOn.month, values.startsOn.year)!;
    const endsOn = dateFromParts(values.endsOn.day, values.endsOn.month, values.endsOn.year)!;
    if (endsOn < startsOn) errors.endsOn = { key: 'endBeforeStart' };
  }
  if (values.cos.length === 0) errors.cos = { key: 'cosRequired' };
  if (values.comparisonServiceIds.length > COMPARISONS_MAX) {
    errors.comparisonServiceIds = { key: 'tooManyComparisons', values: { max: COMPARISONS_MAX } };
  }
  return errors;
}

/** The request body; call only when validateInitiative found nothing. */
export function toInitiativeInput(values: InitiativeFormValues, serviceId: string): InitiativeInput {
  const input: InitiativeInput = {
    serviceId,
    name: values.name.trim(),
    startsOn: dateFromParts(values.startsOn.day, values.startsOn.month, values.startsOn.year) ?? '',
    cos: COS.filter((co) => values.cos.includes(co)),
  };
  const description = values.description.trim();
  if (description) input.description = description;
  if (!isBlankDate(values.endsOn)) {
    input.endsOn = dateFromParts(values.endsOn.day, values.endsOn.month, values.endsOn.year) ?? '';
  }
  if (values.comparisonServiceIds.length > 0) input.comparisonServiceIds = [...values.comparisonServiceIds];
  return input;
}

/** The form field an API field error belongs to ("name", "cos", "cos[0]", "comparisonServiceIds[1]"…), if any. */
export function initiativeFieldFromApi(field: string): InitiativeField | null {
  const name = (field.split('.').pop() ?? field).replace(/\[\d+\]$/, '');
  return (INITIATIVE_FIELD_ORDER as string[]).includes(name) ? (name as InitiativeField) : null;
}

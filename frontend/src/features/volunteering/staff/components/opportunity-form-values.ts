// The opportunity form's values, its checks (mirroring the API's) and the mapping to OpportunityInput.
import type { OpportunityInput, OpportunityState, OpportunityView } from '@/types';

export interface OpportunityFormValues {
  serviceId: string;
  title: string;
  description: string;
  placeName: string;
  latitude: string;
  longitude: string;
  skills: string;
  whatToBring: string;
  minimumAge: string;
  checks: string;
  state: OpportunityState;
}

export type OpportunityFormField = keyof OpportunityFormValues;

export const OPPORTUNITY_STATES: OpportunityState[] = ['DRAFT', 'PUBLISHED', 'CLOSED'];

/** Field order on the page: the error summary lists errors in this order. */
export const FIELD_ORDER: OpportunityFormField[] = [
  'serviceId',
  'title',
  'description',
  'placeName',
  'latitude',
  'longitude',
  'whatToBring',
  'skills',
  'minimumAge',
  'checks',
  'state',
];

/** The id of each field's control, which the error summary links to. */
export const FIELD_IDS: Record<OpportunityFormField, string> = {
  serviceId: 'opportunity-service',
  title: 'opportunity-title',
  description: 'opportunity-description',
  placeName: 'opportunity-place',
  latitude: 'opportunity-latitude',
  longitude: 'opportunity-longitude',
  skills: 'opportunity-skills',
  whatToBring: 'opportunity-bring',
  minimumAge: 'opportunity-age',
  checks: 'opportunity-checks',
  state: 'opportunity-state-DRAFT',
};

/** API property paths (problem+json `errors[].field`, perhaps with a prefix or an index) to fields. */
export function fieldFromApi(path: string): OpportunityFormField | undefined {
  // "create.input.skills[0].<list element>" → "skills"
  for (const segment of path.split('.')) {
    const name = segment.replace(/\[.*$/, '');
    const field = FIELD_ORDER.find((candidate) => candidate === name);
    if (field) return field;
  }
  return undefined;
}

export function emptyValues(serviceId = ''): OpportunityFormValues {
  return {
    serviceId,
    title: '',
    description: '',
    placeName: '',
    latitude: '',
    longitude: '',
    skills: '',
    whatToBring: '',
    minimumAge: '',
    checks: '',
    state: 'DRAFT',
  };
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function valuesFromOpportunity(opportunity: OpportunityView): OpportunityFormValues {
  return {
    serviceId: opportunity.service.id,
    title: opportunity.title,
    description: opportunity.description,
    placeName: text(opportunity.placeName),
    latitude: text(opportunity.latitude),
    longitude: text(opportunity.longitude),
    skills: (opportunity.skills ?? []).join(', '),
    whatToBring: text(opportunity.whatToBring),
    minimumAge: text(opportunity.minimumAge),
    checks: (opportunity.checks ?? []).join(', '),
    state: opportunity.state,
  };
}

/** "first aid, Driving ,first aid" → ["first aid", "Driving"]: trimmed, no blanks, no repeats. */
export function splitList(value: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim().replace(/\s+/g, ' ');
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      items.push(item);
    }
  }
  return items;
}

const orAbsent = (value: string) => (value.trim() === '' ? undefined : value.trim());
const numberOrAbsent = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));

export function toOpportunityInput(values: OpportunityFormValues): OpportunityInput {
  return {
    serviceId: values.serviceId,
    title: values.title.trim(),
    description: values.description.trim(),
    placeName: orAbsent(values.placeName),
    latitude: numberOrAbsent(values.latitude),
    longitude: numberOrAbsent(values.longitude),
    skills: splitList(values.skills),
    whatToBring: orAbsent(values.whatToBring),
    minimumAge: numberOrAbsent(values.minimumAge),
    checks: splitList(values.checks).map((check) => check.toLowerCase()),
    state: values.state,
  };
}

/** i18n keys under `volunteeringStaff.errors`, by field. */
export type OpportunityFormErrors = Partial<Record<OpportunityFormField, string>>;

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function coordinateError(value: string, limit: number, key: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return DECIMAL.test(trimmed) && Math.abs(Number(trimmed)) <= limit ? undefined : key;
}

export function validateOpportunity(values: OpportunityFormValues): OpportunityFormErrors {
  const errors: OpportunityFormErrors = {};
  const title = values.title.trim();
  const description = values.description.trim();
  const skills = splitList(values.skills);
  const checks = splitList(values.checks);
  const age = values.minimumAge.trim();

  if (!values.serviceId) errors.serviceId = 'serviceRequired';
  if (!title) errors.title = 'titleRequired';
  else if (title.length > 120) errors.title = 'titleTooLong';
  if (!description) errors.description = 'descriptionRequired';
  else if (description.length > 5000) errors.description = 'descriptionTooLong';
  if (values.placeName.trim().length > 120) errors.placeName = 'placeTooLong';
  const latitude = coordinateError(values.latitude, 90, 'latitudeInvalid');
  const longitude = coordinateError(values.longitude, 180, 'longitudeInvalid');
  if (latitude) errors.latitude = latitude;
  if (longitude) errors.longitude = longitude;
  if (!latitude && !longitude && !values.latitude.trim() !== !values.longitude.trim()) {
    errors[values.latitude.trim() ? 'longitude' : 'latitude'] = 'coordinatesTogether';
  }
  if (values.whatToBring.trim().length > 1000) errors.whatToBring = 'bringTooLong';
  if (skills.length > 10) errors.skills = 'tooManySkills';
  else if (skills.some((skill) => skill.length > 40)) errors.skills = 'skillTooLong';
  if (age && (!/^\d+$/.test(age) || Number(age) < 1 || Number(age) > 120)) errors.minimumAge = 'ageInvalid';
  if (checks.length > 5) errors.checks = 'tooManyChecks';
  else if (checks.some((check) => check.length > 60)) errors.checks = 'checkTooLong';
  if (!OPPORTUNITY_STATES.includes(values.state)) errors.state = 'stateRequired';
  return errors;
}

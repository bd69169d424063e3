// The "Add a shift" form: what staff type (local dates and times) to a ShiftInput of UTC instants.
import type { ShiftInput } from '@/types';
import { isBlankDate, type DateParts } from './date-input';
import { nextDay, parseLocalDate, parseLocalTime, zonedToInstant, type LocalDate, type LocalTime } from '../time';

export interface ShiftFormValues {
  date: DateParts;
  start: string;
  end: string;
  capacity: string;
  opensDate: DateParts;
  opensTime: string;
  cancelDate: DateParts;
  cancelTime: string;
}

export type ShiftFormField = keyof ShiftFormValues;

export const SHIFT_FIELD_ORDER: ShiftFormField[] = [
  'date',
  'start',
  'end',
  'capacity',
  'opensDate',
  'opensTime',
  'cancelDate',
  'cancelTime',
];

/** The control each field's error links to (a date's day box). */
export const SHIFT_FIELD_IDS: Record<ShiftFormField, string> = {
  date: 'shift-date-day',
  start: 'shift-start',
  end: 'shift-end',
  capacity: 'shift-capacity',
  opensDate: 'shift-opens-date-day',
  opensTime: 'shift-opens-time',
  cancelDate: 'shift-cancel-date-day',
  cancelTime: 'shift-cancel-time',
};

/** API fields (ShiftInput) to the form field that sets them. */
const API_FIELDS: Record<string, ShiftFormField> = {
  startsAt: 'start',
  endsAt: 'end',
  capacity: 'capacity',
  signupOpensAt: 'opensDate',
  signupClosesAt: 'opensDate',
  cancelDeadline: 'cancelDate',
};

export function shiftFieldFromApi(path: string): ShiftFormField | undefined {
  for (const segment of path.split('.')) {
    if (API_FIELDS[segment]) return API_FIELDS[segment];
  }
  return undefined;
}

export function emptyShiftValues(): ShiftFormValues {
  const blank = () => ({ day: '', month: '', year: '' });
  return {
    date: blank(),
    start: '',
    end: '',
    capacity: '',
    opensDate: blank(),
    opensTime: '',
    cancelDate: blank(),
    cancelTime: '',
  };
}

/** Keys under `volunteeringStaff.shiftForm.errors`, by field. */
export type ShiftFormErrors = Partial<Record<ShiftFormField, string>>;

const minutes = (time: LocalTime) => time.hour * 60 + time.minute;

function readDate(value: DateParts, blankKey: string, invalidKey: string): LocalDate | string {
  if (isBlankDate(value)) return blankKey;
  return parseLocalDate(value.day, value.month, value.year) ?? invalidKey;
}

function readTime(value: string, blankKey: string, invalidKey: string): LocalTime | string {
  if (!value.trim()) return blankKey;
  return parseLocalTime(value) ?? invalidKey;
}

/** An optional moment: both parts or neither. */
function readOptional(
  date: DateParts,
  time: string,
  timeZone: string,
  keys: { dateMissing: string; dateInvalid: string; timeMissing: string; timeInvalid: string },
): { instant?: string; dateError?: string; timeError?: string } {
  if (isBlankDate(date) && !time.trim()) return {};
  const day = readDate(date, keys.dateMissing, keys.dateInvalid);
  const clock = readTime(time, keys.timeMissing, keys.timeInvalid);
  const dateError = typeof day === 'string' ? day : undefined;
  const timeError = typeof clock === 'string' ? clock : undefined;
  if (typeof day === 'string' || typeof clock === 'string') return { dateError, timeError };
  return { instant: zonedToInstant({ ...day, ...clock }, timeZone) };
}

/**
 * The ShiftInput for what was typed, reading every date and time as wall-clock time in `timeZone`;
 * or the errors. An end time earlier than the start time is on the next day (a shift past midnight).
 */
export function toShiftInput(
  values: ShiftFormValues,
  timeZone: string,
): { input: ShiftInput; errors?: undefined } | { input?: undefined; errors: ShiftFormErrors } {
  const errors: ShiftFormErrors = {};
  const date = readDate(values.date, 'dateRequired', 'dateInvalid');
  const start = readTime(values.start, 'startRequired', 'startInvalid');
  const end = readTime(values.end, 'endRequired', 'endInvalid');
  if (typeof date === 'string') errors.date = date;
  if (typeof start === 'string') errors.start = start;
  if (typeof end === 'string') errors.end = end;
  if (typeof start !== 'string' && typeof end !== 'string' && minutes(start) === minutes(end)) errors.end = 'endSameAsStart';

  const capacity = values.capacity.trim();
  if (!capacity) errors.capacity = 'capacityRequired';
  else if (!/^\d+$/.test(capacity) || Number(capacity) < 1 || Number(capacity) > 10000) errors.capacity = 'capacityInvalid';

  const opens = readOptional(values.opensDate, values.opensTime, timeZone, {
    dateMissing: 'opensDateRequired',
    dateInvalid: 'opensDateInvalid',
    timeMissing: 'opensTimeRequired',
    timeInvalid: 'opensTimeInvalid',
  });
  if (opens.dateError) errors.opensDate = opens.dateError;
  if (opens.timeError) errors.opensTime = opens.timeError;
  const cancel = readOptional(values.cancelDate, values.cancelTime, timeZone, {
    dateMissing: 'cancelDateRequired',
    dateInvalid: 'cancelDateInvalid',
    timeMissing: 'cancelTimeRequired',
    timeInvalid: 'cancelTimeInvalid',
  });
  if (cancel.dateError) errors.cancelDate = cancel.dateError;
  if (cancel.timeError) errors.cancelTime = cancel.timeError;

  if (typeof date === 'string' || typeof start === 'string' || typeof end === 'string' || errors.end) {
    return { errors };
  }
  const startsAt = zonedToInstant({ ...date, ...start }, timeZone);
  const endsAt = zonedToInstant({ ...(minutes(end) < minutes(start) ? nextDay(date) : date), ...end }, timeZone);
  if (opens.instant && Date.parse(opens.instant) >= Date.parse(startsAt)) errors.opensDate = 'opensAfterStart';
  if (cancel.instant && Date.parse(cancel.instant) > Date.parse(startsAt)) errors.cancelDate = 'cancelAfterStart';
  if (Object.keys(errors).length > 0) return { errors };

  return {
    input: {
      startsAt,
      endsAt,
      capacity: Number(capacity),
      ...(opens.instant ? { signupOpensAt: opens.instant } : {}),
      ...(cancel.instant ? { cancelDeadline: cancel.instant } : {}),
    },
  };
}

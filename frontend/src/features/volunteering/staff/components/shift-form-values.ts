// The shift form (adding and changing a shift): what staff type (local dates and times) to a ShiftInput
// of UTC instants, and a saved shift back to what they would have typed.
import type { ShiftInput, ShiftView } from '@/types';
import { isBlankDate, type DateParts } from '../../components/date-input';
import {
  formatClock,
  localParts,
  nextDay,
  parseLocalDate,
  parseLocalTime,
  zonedToInstant,
  type LocalDate,
  type LocalTime,
} from '../time';

export interface ShiftFormValues {
  date: DateParts;
  start: string;
  end: string;
  capacity: string;
  opensDate: DateParts;
  opensTime: string;
  closesDate: DateParts;
  closesTime: string;
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
  'closesDate',
  'closesTime',
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
  closesDate: 'shift-closes-date-day',
  closesTime: 'shift-closes-time',
  cancelDate: 'shift-cancel-date-day',
  cancelTime: 'shift-cancel-time',
};

/** API fields (ShiftInput) to the form field that sets them. */
const API_FIELDS: Record<string, ShiftFormField> = {
  startsAt: 'start',
  endsAt: 'end',
  capacity: 'capacity',
  signupOpensAt: 'opensDate',
  signupClosesAt: 'closesDate',
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
    closesDate: blank(),
    closesTime: '',
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
  const closes = readOptional(values.closesDate, values.closesTime, timeZone, {
    dateMissing: 'closesDateRequired',
    dateInvalid: 'closesDateInvalid',
    timeMissing: 'closesTimeRequired',
    timeInvalid: 'closesTimeInvalid',
  });
  if (closes.dateError) errors.closesDate = closes.dateError;
  if (closes.timeError) errors.closesTime = closes.timeError;
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
  if (closes.instant && Date.parse(closes.instant) > Date.parse(endsAt)) errors.closesDate = 'closesAfterEnd';
  else if (closes.instant && opens.instant && !errors.opensDate && Date.parse(closes.instant) <= Date.parse(opens.instant)) {
    errors.closesDate = 'closesBeforeOpens';
  }
  if (cancel.instant && Date.parse(cancel.instant) > Date.parse(startsAt)) errors.cancelDate = 'cancelAfterStart';
  if (Object.keys(errors).length > 0) return { errors };

  return {
    input: {
      startsAt,
      endsAt,
      capacity: Number(capacity),
      ...(opens.instant ? { signupOpensAt: opens.instant } : {}),
      ...(closes.instant ? { signupClosesAt: closes.instant } : {}),
      ...(cancel.instant ? { cancelDeadline: cancel.instant } : {}),
    },
  };
}

const HOUR = 3_600_000;

function localDate(instant: string, timeZone: string): DateParts {
  const p = localParts(instant, timeZone);
  return { day: String(p.day), month: String(p.month), year: String(p.year) };
}

/**
 * What staff would have typed to get a saved shift, in `timeZone`. When sign-up closes at the start and
 * the cancellation deadline is 24 hours before it (what blank means), those stay blank, so they move
 * with the start if it changes.
 */
export function shiftValuesFrom(shift: ShiftView, timeZone: string): ShiftFormValues {
  const values = emptyShiftValues();
  const startsAt = Date.parse(shift.startsAt);
  values.date = localDate(shift.startsAt, timeZone);
  values.start = formatClock(shift.startsAt, timeZone);
  values.end = formatClock(shift.endsAt, timeZone);
  values.capacity = String(shift.capacity);
  if (shift.signupOpensAt) {
    values.opensDate = localDate(shift.signupOpensAt, timeZone);
    values.opensTime = formatClock(shift.signupOpensAt, timeZone);
  }
  if (shift.signupClosesAt && Date.parse(shift.signupClosesAt) !== startsAt) {
    values.closesDate = localDate(shift.signupClosesAt, timeZone);
    values.closesTime = formatClock(shift.signupClosesAt, timeZone);
  }
  if (shift.cancelDeadline && Date.parse(shift.cancelDeadline) !== startsAt - 24 * HOUR) {
    values.cancelDate = localDate(shift.cancelDeadline, timeZone);
    values.cancelTime = formatClock(shift.cancelDeadline, timeZone);
  }
  return values;
}

const sameDate = (a: DateParts, b: DateParts) =>
  a.day.trim() === b.day.trim() && a.month.trim() === b.month.trim() && a.year.trim() === b.year.trim();

/**
 * The form shows minutes only: where staff left a moment as it was, send the shift's own instant
 * (which may have seconds) rather than the minute it was rounded down to.
 */
export function keepUnchangedInstants(
  input: ShiftInput,
  values: ShiftFormValues,
  initial: ShiftFormValues,
  shift: ShiftView,
): ShiftInput {
  const kept = { ...input };
  const moments = [
    ['signupOpensAt', 'opensDate', 'opensTime'],
    ['signupClosesAt', 'closesDate', 'closesTime'],
    ['cancelDeadline', 'cancelDate', 'cancelTime'],
  ] as const;
  for (const [key, dateField, timeField] of moments) {
    const unchanged =
      !isBlankDate(initial[dateField]) &&
      sameDate(values[dateField], initial[dateField]) &&
      values[timeField].trim() === initial[timeField].trim();
    if (unchanged && kept[key] && shift[key]) kept[key] = shift[key];
  }
  return kept;
}

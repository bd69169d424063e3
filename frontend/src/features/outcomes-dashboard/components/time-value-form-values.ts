// The value-of-time page's two forms: a service's own hourly value (or the site's), and a month's
// staff support hours. What is typed, the checks made before sending, and the API fields they map to.

/** The API's limits: an hourly value of 0 to 10,000 and 0 to 100,000 hours, each to 2 decimal places. */
export const HOURLY_VALUE_MAX = 10_000;
export const STAFF_HOURS_MAX = 100_000;

/** An i18n key under dashboard.timeValue.errors, with its values. */
export interface TimeValueProblem {
  key: string;
  values?: Record<string, string | number>;
}

/** "15", "13.5", "£13.50", "1,000" (thousands commas dropped); null unless a number with at most 2 decimals. */
export function parseAmount(text: string): number | null {
  const value = text
    .trim()
    .replace(/^£\s*/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export type HourlyValueChoice = 'site' | 'own';

export interface HourlyValueFormValues {
  choice: HourlyValueChoice;
  amount: string;
}

export type HourlyValueField = 'amount';

export const HOURLY_VALUE_FIELD_IDS: Record<HourlyValueField, string> = { amount: 'hourly-value-amount' };

/** The service's own value, written as it would be typed ("15", "13.50"), or empty. */
export function amountText(value: number | null | undefined): string {
  if (value == null) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function validateHourlyValue(values: HourlyValueFormValues): Partial<Record<HourlyValueField, TimeValueProblem>> {
  if (values.choice === 'site') return {};
  if (!values.amount.trim()) return { amount: { key: 'amountRequired' } };
  const amount = parseAmount(values.amount);
  if (amount === null) return { amount: { key: 'amountInvalid' } };
  if (amount > HOURLY_VALUE_MAX) return { amount: { key: 'amountTooBig' } };
  return {};
}

/** The value to send: null for the site's; call only when validateHourlyValue found nothing. */
export function hourlyValueToSend(values: HourlyValueFormValues): number | null {
  return values.choice === 'site' ? null : parseAmount(values.amount);
}

export interface MonthParts {
  month: string;
  year: string;
}

export const emptyMonth = (): MonthParts => ({ month: '', year: '' });

/** "2026-10" from a month box and a year box, or null when they are not a real month. */
export function monthFromParts({ month, year }: MonthParts): string | null {
  const [m, y] = [month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const number = Number(m);
  if (number < 1 || number > 12 || Number(y) < 1900) return null;
  return `${y}-${m.padStart(2, '0')}`;
}

export interface StaffHoursFormValues {
  month: MonthParts;
  hours: string;
}

export type StaffHoursField = 'month' | 'hours';

export const STAFF_HOURS_FIELD_ORDER: StaffHoursField[] = ['month', 'hours'];

/** The id each field's error links to: the month to its month box. */
export const STAFF_HOURS_FIELD_IDS: Record<StaffHoursField, string> = {
  month: 'staff-hours-month-month',
  hours: 'staff-hours-hours',
};

/** "12", "12.5", "1,200.25"; null unless a number with at most 2 decimals. */
export function parseStaffHours(text: string): number | null {
  const value = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export function validateStaffHours(
  values: StaffHoursFormValues,
  { thisMonth }: { thisMonth: string },
): Partial<Record<StaffHoursField, TimeValueProblem>> {
  const errors: Partial<Record<StaffHoursField, TimeValueProblem>> = {};
  const { month, year } = values.month;
  if (!month.trim() && !year.trim()) errors.month = { key: 'monthRequired' };
  else if (!month.trim() || !year.trim()) errors.month = { key: 'monthIncomplete' };
  else {
    const chosen = monthFromParts(values.month);
    if (!chosen) errors.month = { key: 'monthInvalid' };
    else if (chosen > thisMonth) errors.month = { key: 'monthFuture' };
  }
  if (!values.hours.trim()) errors.hours = { key: 'hoursRequired' };
  else {
    const hours = parseStaffHours(values.hours);
    if (hours === null) errors.hours = { key: 'hoursInvalid' };
    else if (hours > STAFF_HOURS_MAX) errors.hours = { key: 'hoursTooMany' };
  }
  return errors;
}

/** The form field an API field error belongs to ("hourlyValue", "set.input.hourlyValue", "hours", "month"), if any. */
export function timeValueFieldFromApi(field: string): HourlyValueField | StaffHoursField | null {
  const name = field.split('.').pop() ?? field;
  if (name === 'hourlyValue') return 'amount';
  if (name === 'hours') return 'hours';
  if (name === 'month') return 'month';
  return null;
}

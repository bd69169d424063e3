// The "Add an observation" form's values and checks, and how a CSV file is checked and counted
// before it is sent. Dates are calendar days in the instance's time zone and not in the future.
import { dateFromParts } from '@/features/volunteering/components/contribution-form-values';
import { isBlankDate, type DateParts } from '@/features/volunteering/components/date-input';

export interface ObservationFormValues {
  date: DateParts;
  value: string;
}

export type ObservationField = 'date' | 'value';

export const OBSERVATION_FIELD_ORDER: ObservationField[] = ['date', 'value'];

export const OBSERVATION_FIELD_IDS: Record<ObservationField, string> = {
  date: 'observation-date-day',
  value: 'observation-value',
};

export interface ObservationProblem {
  key: string;
  values?: Record<string, string | number>;
}

/** "42", "42.5", "-3", "1,234.5" (thousands commas are dropped); null when it is not a number. */
export function parseValue(text: string): number | null {
  const value = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export function validateObservation(
  values: ObservationFormValues,
  { today }: { today: string },
): Partial<Record<ObservationField, ObservationProblem>> {
  const errors: Partial<Record<ObservationField, ObservationProblem>> = {};
  const { day, month, year } = values.date;
  if (isBlankDate(values.date)) errors.date = { key: 'dateRequired' };
  else if ([day, month, year].some((part) => !part.trim())) errors.date = { key: 'dateIncomplete' };
  else {
    const date = dateFromParts(day, month, year);
    if (!date) errors.date = { key: 'dateInvalid' };
    else if (date > today) errors.date = { key: 'dateFuture' };
  }
  if (!values.value.trim()) errors.value = { key: 'valueRequired' };
  else if (parseValue(values.value) === null) errors.value = { key: 'valueInvalid' };
  return errors;
}

/** The form field an API field error belongs to ("observations[0].observedOn", "observations[0].value"), if any. */
export function observationFieldFromApi(field: string): ObservationField | null {
  const name = field.split('.').pop() ?? field;
  if (name === 'observedOn') return 'date';
  if (name === 'value') return 'value';
  return null;
}

/** The largest file we read in the browser; the API takes at most 10,000 lines. */
export const CSV_MAX_BYTES = 1_000_000;

/** Lines holding an observation: every non-blank line after the header. */
export function csvObservationCount(csv: string): number {
  const lines = csv.replace(/\r/g, '').split('\n');
  return lines.slice(1).filter((line) => line.trim() !== '').length;
}

export function looksLikeCsv(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}

/** The number in the API's "line 3", or null. */
export function lineNumber(field: string): number | null {
  const match = /^line\s+(\d+)$/i.exec(field.trim());
  return match ? Number(match[1]) : null;
}

/** The file's text: File.text() where there is one, FileReader where not. */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

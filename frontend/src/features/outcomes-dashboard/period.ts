// The period the figures cover, kept in the URL as ?from=YYYY-MM-DD&to=YYYY-MM-DD. Empty means the
// API's default (the last 12 months). Presets are plain links; the form checks the two dates.

export interface Period {
  /** first day counted, YYYY-MM-DD, or '' for the API's default */
  from: string;
  /** last day counted, YYYY-MM-DD, or '' for the API's default */
  to: string;
}

export const DEFAULT_PERIOD: Period = { from: '', to: '' };

/** The API refuses longer periods. */
export const MAX_MONTHS = 60;

export const PRESETS = ['last12Months', 'thisYear', 'lastYear'] as const;
export type Preset = (typeof PRESETS)[number];

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function periodFromParams(params: URLSearchParams): Period {
  const from = params.get('from');
  const to = params.get('to');
  return { from: isIsoDate(from) ? from : '', to: isIsoDate(to) ? to : '' };
}

/** The page's address for a period: no query at all for the default. */
export function periodHref(pathname: string, period: Period): string {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** A preset's period, from today's calendar day (YYYY-MM-DD). */
export function presetPeriod(preset: Preset, today: string): Period {
  const year = Number(today.slice(0, 4));
  if (preset === 'thisYear') return { from: `${today.slice(0, 4)}-01-01`, to: today };
  if (preset === 'lastYear') {
    const last = String(year - 1).padStart(4, '0');
    return { from: `${last}-01-01`, to: `${last}-12-31` };
  }
  return DEFAULT_PERIOD;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** The day `months` calendar months after a day (31 January + 1 month is 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

export type PeriodError = 'fromInvalid' | 'toInvalid' | 'toBeforeFrom' | 'tooLong';

/** What is wrong with the dates typed in, field by field; empty dates are allowed (API default). */
export function checkPeriod(from: string, to: string): { field: 'from' | 'to'; error: PeriodError }[] {
  const errors: { field: 'from' | 'to'; error: PeriodError }[] = [];
  if (from && !isIsoDate(from)) errors.push({ field: 'from', error: 'fromInvalid' });
  if (to && !isIsoDate(to)) errors.push({ field: 'to', error: 'toInvalid' });
  if (errors.length > 0 || !from || !to) return errors;
  if (to < from) errors.push({ field: 'to', error: 'toBeforeFrom' });
  else if (to > addMonths(from, MAX_MONTHS)) errors.push({ field: 'to', error: 'tooLong' });
  return errors;
}

// Shift times are instants; volunteers read them as wall-clock times in the instance's time zone
// (Europe/London unless configured), whatever zone their own device is in. Date filters and
// contribution dates are calendar days in that zone.

export const DEFAULT_TIME_ZONE = 'Europe/London';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const LOCALES: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

export function localeOf(language: string): string {
  return LOCALES[language] ?? 'en-GB';
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockAt(instant: Date | number | string, timeZone: string): WallClock {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant instanceof Date ? instant : new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** "2026-12-05": the calendar day of an instant in the zone. */
export function localDate(instant: Date | number | string, timeZone: string): string {
  const p = wallClockAt(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The calendar day `days` after (or before) a "YYYY-MM-DD" day. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY).toISOString().slice(0, 10);
}

/** The same day a year earlier (29 February becomes 28 February). */
export function yearBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const last = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return `${String(year - 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/**
 * The instant a calendar day starts in the zone, as ISO-8601 UTC: "2026-07-01" in Europe/London is
 * "2026-06-30T23:00:00Z". Midnight exists on every day in the zones we serve, so no gap handling.
 */
export function startOfDay(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day);
  let guess = wall;
  // two rounds settle the offset, also on the day clocks change
  for (let round = 0; round < 2; round += 1) {
    const p = wallClockAt(guess, timeZone);
    const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - guess;
    guess = wall - offset;
  }
  return new Date(guess).toISOString().replace(/\.000Z$/, 'Z');
}

/** "Saturday 5 December 2026" (or "Dydd Sadwrn 5 Rhagfyr 2026"): no comma, the GOV.UK way. */
export function formatDay(instant: string, timeZone: string, language: string): string {
  const date = new Date(instant);
  const locale = localeOf(language);
  const weekday = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long' }).format(date);
  const day = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return `${weekday} ${day}`;
}

/** "10:00", 24-hour, in the zone. */
export function formatClock(instant: string, timeZone: string): string {
  const p = wallClockAt(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

export function sameLocalDay(a: string, b: string, timeZone: string): boolean {
  return localDate(a, timeZone) === localDate(b, timeZone);
}

/** Check-in is open from 30 minutes before a shift starts until it ends. */
export function checkInOpen(startsAt: string, endsAt: string, now: number = Date.now()): boolean {
  return now >= new Date(startsAt).getTime() - 30 * MINUTE && now < new Date(endsAt).getTime();
}

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

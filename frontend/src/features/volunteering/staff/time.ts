// Shift times are instants; staff read and enter them as wall-clock times in the instance's time zone
// (Europe/London unless configured). Conversions use Intl offsets, so they are right on both sides of
// a daylight-saving change whatever zone the browser itself is in.

export const DEFAULT_TIME_ZONE = 'Europe/London';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A wall-clock date and time, months counted from 1. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
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
  return formatter;
}

/** The wall-clock date and time of an instant in a zone. */
export function localParts(instant: Date | number | string, timeZone: string): LocalDateTime & { second: number } {
  const date = instant instanceof Date ? instant : new Date(instant);
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(date)) {
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

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = localParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

function wallClock(local: LocalDateTime): number {
  const date = new Date(Date.UTC(2000, local.month - 1, local.day, local.hour, local.minute));
  date.setUTCFullYear(local.year); // Date.UTC reads years 0-99 as 1900-1999
  return date.getTime();
}

/**
 * The instant at which clocks in `timeZone` show `local`, as ISO-8601 UTC (`2027-03-28T09:00:00Z`).
 * A time that happens twice (when clocks go back) is the first of the two; a time that never happens
 * (when clocks go forward) moves forward by the gap, so 01:30 on the day UK clocks change is 02:30.
 */
export function zonedToInstant(local: LocalDateTime, timeZone: string = DEFAULT_TIME_ZONE): string {
  const wall = wallClock(local);
  // the offsets either side of any change near this day (zones never change twice in two days)
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [wall - before, wall - after].filter((ms) => ms + offsetAt(ms, timeZone) === wall);
  const ms = candidates.length > 0 ? Math.min(...candidates) : wall - before;
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

/** A calendar date entered as day, month and year; null unless it is a real date in years 1000-9999. */
export function parseLocalDate(day: string, month: string, year: string): LocalDate | null {
  const [d, m, y] = [day, month, year].map((value) => value.trim());
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  if (date.year < 1000 || date.month < 1 || date.month > 12 || date.day < 1) return null;
  const check = new Date(wallClock({ ...date, hour: 12, minute: 0 }));
  return check.getUTCDate() === date.day && check.getUTCMonth() === date.month - 1 ? date : null;
}

/**
 * A time of day as people write it: 14:00, 9:30, 09.30, 9 or 2:30pm. Null when it is not one.
 */
export function parseLocalTime(text: string): LocalTime | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute };
}

/** The day after a calendar date. */
export function nextDay(date: LocalDate): LocalDate {
  const next = new Date(wallClock({ ...date, hour: 12, minute: 0 }) + DAY);
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

const LOCALES: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

function locale(language: string): string {
  return LOCALES[language] ?? 'en-GB';
}

/** "Sunday 28 March 2027" (or "Dydd Sul 28 Mawrth 2027") in the zone: no comma, the GOV.UK way. */
export function formatDay(instant: string, timeZone: string, language: string): string {
  const date = new Date(instant);
  const weekday = new Intl.DateTimeFormat(locale(language), { timeZone, weekday: 'long' }).format(date);
  const day = new Intl.DateTimeFormat(locale(language), { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
  return `${weekday} ${day}`;
}

/** "10:00", 24-hour, in the zone. */
export function formatClock(instant: string, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** Whether two instants fall on the same calendar day in the zone. */
export function sameLocalDay(a: string, b: string, timeZone: string): boolean {
  const x = localParts(a, timeZone);
  const y = localParts(b, timeZone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

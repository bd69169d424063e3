import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDay,
  localParts,
  nextDay,
  parseLocalDate,
  parseLocalTime,
  sameLocalDay,
  zonedToInstant,
} from './time';

const LONDON = 'Europe/London';
const at = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute });

describe('zonedToInstant', () => {
  it('reads London winter times as UTC', () => {
    expect(zonedToInstant(at(2027, 3, 27, 10), LONDON)).toBe('2027-03-27T10:00:00Z');
    expect(zonedToInstant(at(2027, 1, 15, 0, 5), LONDON)).toBe('2027-01-15T00:05:00Z');
  });

  it('reads London summer times as an hour ahead of UTC', () => {
    expect(zonedToInstant(at(2027, 7, 1, 9, 30), LONDON)).toBe('2027-07-01T08:30:00Z');
  });

  it('is right on the day UK clocks go forward (Sunday 28 March 2027, 01:00 UTC)', () => {
    expect(zonedToInstant(at(2027, 3, 28, 0, 30), LONDON)).toBe('2027-03-28T00:30:00Z');
    expect(zonedToInstant(at(2027, 3, 28, 10), LONDON)).toBe('2027-03-28T09:00:00Z');
    expect(zonedToInstant(at(2027, 3, 28, 23, 59), LONDON)).toBe('2027-03-28T22:59:00Z');
    // 01:30 never happens that night: it moves forward by the hour skipped, to 02:30 BST
    expect(zonedToInstant(at(2027, 3, 28, 1, 30), LONDON)).toBe('2027-03-28T01:30:00Z');
  });

  it('is right on the day UK clocks go back (Sunday 31 October 2027, 01:00 UTC)', () => {
    expect(zonedToInstant(at(2027, 10, 30, 10), LONDON)).toBe('2027-10-30T09:00:00Z');
    expect(zonedToInstant(at(2027, 10, 31, 10), LONDON)).toBe('2027-10-31T10:00:00Z');
    expect(zonedToInstant(at(2027, 10, 31, 0, 30), LONDON)).toBe('2027-10-30T23:30:00Z');
    // 01:30 happens twice: the first, still BST
    expect(zonedToInstant(at(2027, 10, 31, 1, 30), LONDON)).toBe('2027-10-31T00:30:00Z');
  });

  it('works in other zones, whatever zone the browser is in', () => {
    expect(zonedToInstant(at(2027, 3, 14, 12), 'America/New_York')).toBe('2027-03-14T16:00:00Z');
    expect(zonedToInstant(at(2027, 3, 13, 12), 'America/New_York')).toBe('2027-03-13T17:00:00Z');
    expect(zonedToInstant(at(2027, 6, 1, 12), 'UTC')).toBe('2027-06-01T12:00:00Z');
    expect(zonedToInstant(at(2027, 6, 1, 12), 'Asia/Kolkata')).toBe('2027-06-01T06:30:00Z');
  });

  it('round-trips through localParts every half hour across both UK changes', () => {
    for (const start of [Date.UTC(2027, 2, 27), Date.UTC(2027, 9, 30)]) {
      for (let ms = start; ms < start + 3 * 86_400_000; ms += 1_800_000) {
        const local = localParts(ms, LONDON);
        const back = zonedToInstant(local, LONDON);
        expect(localParts(back, LONDON)).toEqual(local);
      }
    }
  });
});

describe('parsing what staff type', () => {
  it('accepts real dates only', () => {
    expect(parseLocalDate('28', '3', '2027')).toEqual({ year: 2027, month: 3, day: 28 });
    expect(parseLocalDate(' 01 ', '02', '2028')).toEqual({ year: 2028, month: 2, day: 1 });
    expect(parseLocalDate('29', '2', '2028')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('29', '2', '2027')).toBeNull();
    expect(parseLocalDate('31', '4', '2027')).toBeNull();
    expect(parseLocalDate('1', '13', '2027')).toBeNull();
    expect(parseLocalDate('1', '1', '27')).toBeNull();
    expect(parseLocalDate('', '1', '2027')).toBeNull();
  });

  it('accepts times as people write them', () => {
    expect(parseLocalTime('10:00')).toEqual({ hour: 10, minute: 0 });
    expect(parseLocalTime('9:30')).toEqual({ hour: 9, minute: 30 });
    expect(parseLocalTime('09.30')).toEqual({ hour: 9, minute: 30 });
    expect(parseLocalTime('14')).toEqual({ hour: 14, minute: 0 });
    expect(parseLocalTime('2:30pm')).toEqual({ hour: 14, minute: 30 });
    expect(parseLocalTime('12am')).toEqual({ hour: 0, minute: 0 });
    expect(parseLocalTime('12 PM')).toEqual({ hour: 12, minute: 0 });
    expect(parseLocalTime('0:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseLocalTime('24:00')).toBeNull();
    expect(parseLocalTime('10:60')).toBeNull();
    expect(parseLocalTime('13pm')).toBeNull();
    expect(parseLocalTime('noon')).toBeNull();
  });

  it('finds the next day across month and year ends', () => {
    expect(nextDay({ year: 2027, month: 12, day: 31 })).toEqual({ year: 2028, month: 1, day: 1 });
    expect(nextDay({ year: 2028, month: 2, day: 28 })).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('showing instants in the zone', () => {
  it('shows the London day and 24-hour time of an instant', () => {
    expect(formatDay('2027-03-28T09:00:00Z', LONDON, 'en')).toBe('Sunday 28 March 2027');
    expect(formatClock('2027-03-28T09:00:00Z', LONDON)).toBe('10:00');
    expect(formatClock('2027-10-31T10:00:00Z', LONDON)).toBe('10:00');
    expect(formatDay('2027-03-28T09:00:00Z', LONDON, 'cy')).toBe('Dydd Sul 28 Mawrth 2027');
  });

  it('knows when two instants are on the same local day', () => {
    expect(sameLocalDay('2027-06-30T23:30:00Z', '2027-07-01T00:10:00Z', LONDON)).toBe(true);
    expect(sameLocalDay('2027-06-30T22:30:00Z', '2027-06-30T23:10:00Z', LONDON)).toBe(false);
  });
});

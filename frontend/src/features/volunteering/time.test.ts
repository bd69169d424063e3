import { describe, expect, it } from 'vitest';
import { addDays, checkInOpen, formatDay, isIsoDate, localDate, startOfDay, yearBefore } from './time';

describe('volunteering time', () => {
  it('starts a day at local midnight, in summer and winter time and on the days clocks change', () => {
    expect(startOfDay('2026-07-01', 'Europe/London')).toBe('2026-06-30T23:00:00Z');
    expect(startOfDay('2026-12-01', 'Europe/London')).toBe('2026-12-01T00:00:00Z');
    expect(startOfDay('2027-03-28', 'Europe/London')).toBe('2027-03-28T00:00:00Z');
    expect(startOfDay('2027-03-29', 'Europe/London')).toBe('2027-03-28T23:00:00Z');
    expect(startOfDay('2026-10-25', 'Europe/London')).toBe('2026-10-24T23:00:00Z');
    expect(startOfDay('2026-10-26', 'Europe/London')).toBe('2026-10-26T00:00:00Z');
  });

  it('reads the calendar day of an instant in the zone, not the browser', () => {
    expect(localDate('2026-06-30T23:30:00Z', 'Europe/London')).toBe('2026-07-01');
    expect(localDate('2026-12-31T23:30:00Z', 'Europe/London')).toBe('2026-12-31');
  });

  it('counts days and years on the calendar', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
    expect(yearBefore('2026-06-15')).toBe('2025-06-15');
  });

  it('writes a day the GOV.UK way in English and Welsh', () => {
    expect(formatDay('2026-12-05T10:00:00Z', 'Europe/London', 'en')).toBe('Saturday 5 December 2026');
    expect(formatDay('2026-12-05T10:00:00Z', 'Europe/London', 'cy')).toBe('Dydd Sadwrn 5 Rhagfyr 2026');
  });

  it('opens check-in 30 minutes before the start until the end', () => {
    const start = '2026-12-05T10:00:00Z';
    const end = '2026-12-05T13:00:00Z';
    expect(checkInOpen(start, end, Date.parse('2026-12-05T09:29:00Z'))).toBe(false);
    expect(checkInOpen(start, end, Date.parse('2026-12-05T09:30:00Z'))).toBe(true);
    expect(checkInOpen(start, end, Date.parse('2026-12-05T12:59:00Z'))).toBe(true);
    expect(checkInOpen(start, end, Date.parse('2026-12-05T13:00:00Z'))).toBe(false);
  });

  it('accepts only real dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

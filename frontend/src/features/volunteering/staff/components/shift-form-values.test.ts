import { describe, expect, it } from 'vitest';
import { aShift } from '@/testing/volunteering-staff-data';
import {
  emptyShiftValues,
  keepUnchangedInstants,
  shiftValuesFrom,
  toShiftInput,
  type ShiftFormValues,
} from './shift-form-values';

const LONDON = 'Europe/London';

function values(overrides: Partial<ShiftFormValues>): ShiftFormValues {
  return { ...emptyShiftValues(), ...overrides };
}

describe('toShiftInput', () => {
  it('reads a summer shift in London as BST', () => {
    const result = toShiftInput(
      values({ date: { day: '28', month: '3', year: '2027' }, start: '10:00', end: '13:00', capacity: '6' }),
      LONDON,
    );
    expect(result.input).toEqual({ startsAt: '2027-03-28T09:00:00Z', endsAt: '2027-03-28T12:00:00Z', capacity: 6 });
  });

  it('reads a winter shift as GMT, and an end before the start as the next day', () => {
    const result = toShiftInput(
      values({ date: { day: '31', month: '12', year: '2027' }, start: '22:00', end: '2am', capacity: '2' }),
      LONDON,
    );
    expect(result.input).toEqual({ startsAt: '2027-12-31T22:00:00Z', endsAt: '2028-01-01T02:00:00Z', capacity: 2 });
  });

  it('converts the optional sign-up opening and closing and cancellation deadline too', () => {
    const result = toShiftInput(
      values({
        date: { day: '31', month: '10', year: '2027' },
        start: '10:00',
        end: '12:30',
        capacity: '10',
        opensDate: { day: '1', month: '10', year: '2027' },
        opensTime: '9:00',
        closesDate: { day: '31', month: '10', year: '2027' },
        closesTime: '8:00',
        cancelDate: { day: '30', month: '10', year: '2027' },
        cancelTime: '18:00',
      }),
      LONDON,
    );
    expect(result.input).toEqual({
      startsAt: '2027-10-31T10:00:00Z',
      endsAt: '2027-10-31T12:30:00Z',
      capacity: 10,
      signupOpensAt: '2027-10-01T08:00:00Z',
      signupClosesAt: '2027-10-31T08:00:00Z',
      cancelDeadline: '2027-10-30T17:00:00Z',
    });
  });

  it('says what is missing or wrong', () => {
    expect(toShiftInput(values({}), LONDON).errors).toEqual({
      date: 'dateRequired',
      start: 'startRequired',
      end: 'endRequired',
      capacity: 'capacityRequired',
    });
    expect(
      toShiftInput(
        values({
          date: { day: '30', month: '2', year: '2027' },
          start: '25:00',
          end: '10:00',
          capacity: '0',
          opensTime: '09:00',
          cancelDate: { day: '1', month: '1', year: '2027' },
        }),
        LONDON,
      ).errors,
    ).toEqual({
      date: 'dateInvalid',
      start: 'startInvalid',
      capacity: 'capacityInvalid',
      opensDate: 'opensDateRequired',
      cancelTime: 'cancelTimeRequired',
    });
  });

  it('refuses an end equal to the start, and deadlines after the start', () => {
    const base = { date: { day: '1', month: '6', year: '2027' }, start: '10:00', capacity: '3' };
    expect(toShiftInput(values({ ...base, end: '10:00' }), LONDON).errors).toEqual({ end: 'endSameAsStart' });
    expect(
      toShiftInput(
        values({
          ...base,
          end: '11:00',
          opensDate: { day: '1', month: '6', year: '2027' },
          opensTime: '10:00',
          cancelDate: { day: '1', month: '6', year: '2027' },
          cancelTime: '10:30',
        }),
        LONDON,
      ).errors,
    ).toEqual({ opensDate: 'opensAfterStart', cancelDate: 'cancelAfterStart' });
  });
  it('refuses sign-up closing after the end or before it opens, and half a closing time', () => {
    const base = {
      date: { day: '1', month: '6', year: '2027' },
      start: '10:00',
      end: '12:00',
      capacity: '3',
      opensDate: { day: '1', month: '5', year: '2027' },
      opensTime: '09:00',
    };
    const closing = (day: string, month: string, time: string) =>
      values({ ...base, closesDate: { day, month, year: '2027' }, closesTime: time });
    expect(toShiftInput(closing('1', '6', '12:01'), LONDON).errors).toEqual({ closesDate: 'closesAfterEnd' });
    expect(toShiftInput(closing('1', '5', '09:00'), LONDON).errors).toEqual({ closesDate: 'closesBeforeOpens' });
    expect(toShiftInput(closing('', '5', '09:00'), LONDON).errors).toEqual({ closesDate: 'closesDateInvalid' });
    expect(toShiftInput(values({ ...base, closesTime: '9' }), LONDON).errors).toEqual({ closesDate: 'closesDateRequired' });
    expect(toShiftInput(closing('2', '5', 'noon'), LONDON).errors).toEqual({ closesTime: 'closesTimeInvalid' });
    // up to the end is allowed: sign-up can stay open while the shift runs
    expect(toShiftInput(closing('1', '6', '12:00'), LONDON).input).toMatchObject({
      signupClosesAt: '2027-06-01T11:00:00Z',
    });
  });
});

describe('shiftValuesFrom', () => {
  it('shows a saved shift as London clocks show it, leaving default closing and deadline blank', () => {
    const shift = aShift({
      startsAt: '2027-03-28T09:00:00Z',
      endsAt: '2027-03-28T23:30:00Z',
      capacity: 6,
      signupOpensAt: '2027-01-10T08:15:42Z',
      signupClosesAt: '2027-03-28T09:00:00Z',
      cancelDeadline: '2027-03-27T09:00:00Z',
    });
    const blank = { day: '', month: '', year: '' };
    expect(shiftValuesFrom(shift, LONDON)).toEqual({
      date: { day: '28', month: '3', year: '2027' },
      start: '10:00',
      end: '00:30',
      capacity: '6',
      opensDate: { day: '10', month: '1', year: '2027' },
      opensTime: '08:15',
      closesDate: blank,
      closesTime: '',
      cancelDate: blank,
      cancelTime: '',
    });
    // and back: the end past midnight is the next day
    expect(toShiftInput(shiftValuesFrom(shift, LONDON), LONDON).input).toEqual({
      startsAt: '2027-03-28T09:00:00Z',
      endsAt: '2027-03-28T23:30:00Z',
      capacity: 6,
      signupOpensAt: '2027-01-10T08:15:00Z',
    });
  });

  it('fills in a closing time and deadline of their own, and keeps instants no one changed', () => {
    const shift = aShift({
      signupOpensAt: '2026-01-01T09:00:27Z',
      signupClosesAt: '2099-06-05T17:00:00Z',
      cancelDeadline: '2099-06-04T11:00:00Z',
    });
    const initial = shiftValuesFrom(shift, LONDON);
    expect([initial.closesDate, initial.closesTime, initial.cancelDate, initial.cancelTime]).toEqual([
      { day: '5', month: '6', year: '2099' },
      '18:00',
      { day: '4', month: '6', year: '2099' },
      '12:00',
    ]);
    const edited = { ...initial, closesTime: '19:00' };
    const input = toShiftInput(edited, LONDON).input!;
    expect(keepUnchangedInstants(input, edited, initial, shift)).toEqual({
      startsAt: '2099-06-06T09:00:00Z',
      endsAt: '2099-06-06T12:00:00Z',
      capacity: 4,
      signupOpensAt: '2026-01-01T09:00:27Z',
      signupClosesAt: '2099-06-05T18:00:00Z',
      cancelDeadline: '2099-06-04T11:00:00Z',
    });
  });
});

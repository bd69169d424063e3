import { describe, expect, it } from 'vitest';
import { emptyShiftValues, toShiftInput, type ShiftFormValues } from './shift-form-values';

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

  it('converts the optional sign-up opening and cancellation deadline too', () => {
    const result = toShiftInput(
      values({
        date: { day: '31', month: '10', year: '2027' },
        start: '10:00',
        end: '12:30',
        capacity: '10',
        opensDate: { day: '1', month: '10', year: '2027' },
        opensTime: '9:00',
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
});

import { describe, expect, it } from 'vitest';
import { dateFromParts, emptyContributionValues, validateContribution } from './contribution-form-values';

describe('record-help form checks', () => {
  const valid = { ...emptyContributionValues('s1'), kindId: 'k1', day: '14', month: '3', year: '2026' };
  const context = { today: '2026-06-01', serviceHasKinds: true };

  it('reads day, month and year boxes as a real date or nothing', () => {
    expect(dateFromParts('5', '3', '2026')).toBe('2026-03-05');
    expect(dateFromParts(' 05 ', '03', '2026')).toBe('2026-03-05');
    expect(dateFromParts('31', '4', '2026')).toBeNull();
    expect(dateFromParts('5', '3', '26')).toBeNull();
  });

  it('accepts a day within the last year, today included', () => {
    expect(validateContribution(valid, context)).toEqual({});
    expect(validateContribution({ ...valid, day: '1', month: '6' }, context)).toEqual({});
    expect(validateContribution({ ...valid, day: '1', month: '6', year: '2025' }, context)).toEqual({});
  });

  it('names each problem', () => {
    expect(validateContribution(emptyContributionValues(), context)).toEqual({
      serviceId: { key: 'serviceRequired' },
      date: { key: 'dateRequired' },
    });
    expect(validateContribution({ ...valid, kindId: '' }, context).kindId).toEqual({ key: 'kindRequired' });
    expect(validateContribution(valid, { ...context, serviceHasKinds: false }).serviceId).toEqual({ key: 'serviceHasNoKinds' });
    expect(validateContribution({ ...valid, month: '' }, context).date).toEqual({ key: 'dateIncomplete' });
    expect(validateContribution({ ...valid, day: '30', month: '2' }, context).date).toEqual({ key: 'dateInvalid' });
    expect(validateContribution({ ...valid, day: '2', month: '6' }, context).date).toEqual({ key: 'dateFuture' });
    expect(validateContribution({ ...valid, day: '31', month: '5', year: '2025' }, context).date).toEqual({
      key: 'dateTooOld',
      params: { earliest: '2025-06-01' },
    });
    expect(validateContribution({ ...valid, hours: '0' }, context).hours?.key).toBe('hoursInvalid');
    expect(validateContribution({ ...valid, hours: '24.5' }, context).hours?.key).toBe('hoursInvalid');
    expect(validateContribution({ ...valid, hours: 'two' }, context).hours?.key).toBe('hoursInvalid');
    expect(validateContribution({ ...valid, hours: '24' }, context).hours).toBeUndefined();
    expect(validateContribution({ ...valid, note: 'x'.repeat(501) }, context).note?.key).toBe('noteTooLong');
  });
});

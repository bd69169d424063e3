import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, localeFor } from './format';

describe('formatting in the current language', () => {
  it('uses cy-GB for Welsh and en-GB otherwise', () => {
    expect(localeFor('cy')).toBe('cy-GB');
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor(undefined)).toBe('en-GB');
  });

  it('writes numbers and dates for the language', () => {
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(1000, 'cy')).toBe(new Intl.NumberFormat('cy-GB').format(1000));
    expect(formatDate('2026-11-29', 'en')).toBe('29 November 2026');
    expect(formatDate('2026-11-29', 'cy')).toBe('29 Tachwedd 2026');
  });
});

// Scores, the four aspects of a rating, and how ratings' numbers and months read in each language.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

export const DIMENSIONS = ['access', 'timeliness', 'courtesy', 'outcome'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const REVIEW_MAX = 2000;
/** Public figures never describe fewer people than this. */
export const ENOUGH_RATINGS = 5;

export function isScore(value: unknown): value is Score {
  return typeof value === 'number' && SCORES.some((score) => score === value);
}

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && DIMENSIONS.some((dimension) => dimension === value);
}

const LOCALES: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

/** "2026-10" is a calendar month: read it in UTC so it never shifts. */
export function parseMonth(value: string | null | undefined): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), month };
}

/**
 * Month names come from the catalogue, not Intl: browsers without Welsh locale data (Chrome among
 * them) would otherwise show English month names on Welsh pages.
 */
export function monthName(month: number, t: TFunction): string {
  return t(`ratings.months.${month}`);
}

/** "October 2026" (or "Hydref 2026"). */
export function formatMonth(value: string | null | undefined, t: TFunction): string {
  const parsed = parseMonth(value);
  if (!parsed) return value ?? '';
  return t('ratings.monthYear', { month: monthName(parsed.month, t), year: parsed.year });
}

/** "Oct 2026" (or "Hyd 2026"), where a table must fit a phone; show the full month to screen readers. */
export function formatShortMonth(value: string | null | undefined, t: TFunction): string {
  const parsed = parseMonth(value);
  if (!parsed) return value ?? '';
  return t('ratings.monthYear', { month: t(`ratings.shortMonths.${parsed.month}`), year: parsed.year });
}

export function formatNumber(value: number, language: string, digits = 1, signed = false): string {
  return new Intl.NumberFormat(LOCALES[language] ?? 'en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** Number and month formatting bound to the current language. */
export function useRatingFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    language,
    /** a mean to 1 decimal place: 3.85 → "3.9" */
    mean: (value: number) => formatNumber(Math.round(value * 10) / 10, language, 1),
    /** a net score with its sign: "+42.5", "-10", "0" */
    net: (value: number) => formatNumber(value, language, 1, true),
    count: (value: number) => formatNumber(value, language, 0),
    percent: (value: number) => formatNumber(value, language, 0),
    month: (value: string | null | undefined) => formatMonth(value, t),
    monthName: (month: number) => monthName(month, t),
    shortMonth: (value: string | null | undefined) => formatShortMonth(value, t),
  };
}

// How the dashboard's figures read in each language: counts, hours, percentages, money with its
// currency code, months (from the catalogue, like ratings) and the moment the figures were counted.
import { useTranslation } from 'react-i18next';
import { formatMonth, formatNumber, formatShortMonth } from '@/features/ratings/scores';
import { useTimeZone } from '@/features/volunteering/api/get-settings';
import { DEFAULT_TIME_ZONE, localDate } from '@/features/volunteering/time';
import { formatDate } from '@/lib/format';

const LOCALES: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

export const UNITS = ['ideas', 'supports', 'shifts', 'places', 'hours', 'contributions', 'ratings', 'changes', 'people', 'days'] as const;
export type Unit = (typeof UNITS)[number];

/** "£1,234.50" (or "£1,234" for whole amounts) in the currency the API names. */
export function formatMoney(value: number, currency: string, language: string): string {
  const whole = Number.isInteger(value);
  try {
    return new Intl.NumberFormat(LOCALES[language] ?? 'en-GB', {
      style: 'currency',
      currency: currency || 'GBP',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(value);
  } catch {
    // an unknown currency code: the amount, then the code
    return `${formatNumber(value, language, 2)} ${currency}`;
  }
}

/** "14:05" in the zone, 24-hour clock. */
function formatTime(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}

export function useDashboardFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  const count = (value: number | null | undefined) => formatNumber(value ?? 0, language, 0);
  return {
    language,
    count,
    /** hours and days to one decimal place: 12.25 → "12.3" */
    decimal: (value: number | null | undefined) => formatNumber(Math.round((value ?? 0) * 10) / 10, language, 1),
    /** hours as staff recorded them, to two decimal places: 12.25 → "12.25" */
    exact: (value: number | null | undefined) => formatNumber(value ?? 0, language, 2),
    percent: (value: number) => t('dashboard.percent', { value: formatNumber(Math.round(value), language, 0) }),
    mean: (value: number) => formatNumber(Math.round(value * 10) / 10, language, 1),
    net: (value: number) => formatNumber(Math.round(value * 10) / 10, language, 1, true),
    gini: (value: number) => new Intl.NumberFormat(LOCALES[language] ?? 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
    money: (value: number, currency: string) => formatMoney(value, currency, language),
    /** "12 ideas", "1 idea": a number with its noun, for sentences */
    unit: (unit: Unit, value: number | null | undefined) =>
      t(`dashboard.units.${unit}`, {
        count: value ?? 0,
        formatted: unit === 'hours' || unit === 'days' ? formatNumber(Math.round((value ?? 0) * 10) / 10, language, 1) : count(value),
      }),
    month: (value: string | null | undefined) => formatMonth(value, t),
    shortMonth: (value: string | null | undefined) => formatShortMonth(value, t),
    date: (value: string | null | undefined) => formatDate(value, language),
    /** "3 December 2026, 09:30", in the instance's time zone */
    dateTime: (instant: string | null | undefined) => {
      if (!instant || Number.isNaN(new Date(instant).getTime())) return instant ?? '';
      return t('dashboard.dateTime', {
        date: formatDate(localDate(instant, timeZone), language),
        time: formatTime(instant, timeZone, language),
      });
    },
    /** the day and the time of an instant apart ("3 December 2026" and "09:30"), for sentences; null when unreadable */
    moment: (instant: string | null | undefined) => {
      if (!instant || Number.isNaN(new Date(instant).getTime())) return null;
      return { date: formatDate(localDate(instant, timeZone), language), time: formatTime(instant, timeZone, language) };
    },
  };
}

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;

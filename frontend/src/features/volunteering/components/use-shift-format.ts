// Shift times in words, in the instance's time zone and the reader's language.
import { useTranslation } from 'react-i18next';
import { formatClock, formatDay, localeOf, sameLocalDay } from '../time';

export interface ShiftFormat {
  /** "Saturday 5 December 2026, 10:00 to 13:00" (both days when it ends on another) */
  range: (startsAt: string, endsAt: string) => string;
  /** "Saturday 5 December 2026 at 10:00" */
  dateTime: (instant: string) => string;
  /** "Saturday 5 December 2026" */
  day: (instant: string) => string;
  /** "2.5": hours, up to two decimals */
  number: (value: number) => string;
}

export function useShiftFormat(timeZone: string): ShiftFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const numbers = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 });
  return {
    range: (startsAt, endsAt) =>
      sameLocalDay(startsAt, endsAt, timeZone)
        ? t('volunteering.time.range', {
            date: formatDay(startsAt, timeZone, language),
            start: formatClock(startsAt, timeZone),
            end: formatClock(endsAt, timeZone),
          })
        : t('volunteering.time.rangeAcrossDays', {
            date: formatDay(startsAt, timeZone, language),
            start: formatClock(startsAt, timeZone),
            endDate: formatDay(endsAt, timeZone, language),
            end: formatClock(endsAt, timeZone),
          }),
    dateTime: (instant) =>
      t('volunteering.time.dateTime', { date: formatDay(instant, timeZone, language), time: formatClock(instant, timeZone) }),
    day: (instant) => formatDay(instant, timeZone, language),
    number: (value) => numbers.format(value),
  };
}

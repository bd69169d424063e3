// Shift times in words, in the instance's time zone and the reader's language.
import { useTranslation } from 'react-i18next';
import { formatClock, formatDay, sameLocalDay } from '../time';

export interface ShiftFormat {
  /** "Sunday 28 March 2027, 10:00 to 13:00" (both days when it ends on another) */
  range: (startsAt: string, endsAt: string) => string;
  /** "Sunday 28 March 2027 at 10:00" */
  dateTime: (instant: string) => string;
  /** "2.5" (hours, up to two decimals, in the reader's language) */
  hours: (value: number) => string;
}

export function useShiftFormat(timeZone: string): ShiftFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const numbers = new Intl.NumberFormat(language === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 2 });
  return {
    range: (startsAt, endsAt) =>
      sameLocalDay(startsAt, endsAt, timeZone)
        ? t('volunteeringStaff.time.range', {
            date: formatDay(startsAt, timeZone, language),
            start: formatClock(startsAt, timeZone),
            end: formatClock(endsAt, timeZone),
          })
        : t('volunteeringStaff.time.rangeAcrossDays', {
            date: formatDay(startsAt, timeZone, language),
            start: formatClock(startsAt, timeZone),
            endDate: formatDay(endsAt, timeZone, language),
            end: formatClock(endsAt, timeZone),
          }),
    dateTime: (instant) =>
      t('volunteeringStaff.time.dateTime', {
        date: formatDay(instant, timeZone, language),
        time: formatClock(instant, timeZone),
      }),
    hours: (value) => numbers.format(value),
  };
}

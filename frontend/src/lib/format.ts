// Text, dates and numbers for display: plain text split into paragraphs, dates and numbers in the
// current language (en-GB or cy-GB).
import { useTranslation } from 'react-i18next';

/** Plain text to paragraphs: a blank line starts a new one. Never HTML. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

const LOCALES: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The locale for Intl formatting: 'cy-GB' for Welsh, 'en-GB' for anything else. */
export function localeFor(language: string | null | undefined): string {
  return (language && LOCALES[language]) || 'en-GB';
}

/** "1,000" in the current language's digits and grouping. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** "3 December 2026" (or "3 Rhagfyr 2026"); accepts ISO instants and plain dates. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  // a plain date (2026-12-01) is a calendar day, not an instant: keep it in UTC so it never shifts
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : undefined,
  }).format(date);
}

/** "14:05" on the 24-hour clock, where the reader is; for instants only. */
export function formatTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** Whole days from an instant until now (never negative). */
export function daysSince(value: string, now: Date = new Date()): number {
  const then = new Date(value).getTime();
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

/** formatNumber bound to the current language. */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (value) => formatNumber(value, language);
}

/** formatDate bound to the current language. */
export function useFormatDate(): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (value) => formatDate(value, language);
}

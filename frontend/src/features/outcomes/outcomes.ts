// The words and numbers of outcomes: the four Co's, which way is better, paths, how figures read in
// each language, and the plain-words sentence for each indicator's before/after result (built here
// from the verdict and figures, so it is translated; the API's own sentence is English only).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/features/ratings/scores';
import type { Better, Co, Comparison, IndicatorResult, Verdict } from '@/types';

export const COS: Co[] = ['CO_COMMISSIONING', 'CO_DESIGN', 'CO_DELIVERY', 'CO_ASSESSMENT'];
export const BETTER: Better[] = ['UP', 'DOWN'];
export const OBSERVATION_SOURCES = ['STAFF', 'CSV', 'INTEGRATOR'] as const;

export function isCo(value: unknown): value is Co {
  return typeof value === 'string' && (COS as string[]).includes(value);
}

/** The Co's in their usual order, in lower-case words: "co-design, co-delivery". */
export function cosInWords(cos: Co[] | null | undefined, t: TFunction): string {
  return COS.filter((co) => cos?.includes(co))
    .map((co) => t(`outcomes.cos.${co}.inText`))
    .join(t('outcomes.listSeparator'));
}

export const initiativePath = (id: string) => `/initiatives/${encodeURIComponent(id)}`;
export const editInitiativePath = (id: string) => `${initiativePath(id)}/edit`;
export const newInitiativePath = (serviceSlug: string) => `/initiatives/new?service=${encodeURIComponent(serviceSlug)}`;
export const indicatorPath = (id: string) => `/indicators/${encodeURIComponent(id)}`;
export const newIndicatorPath = (serviceSlug: string) => `/indicators/new?service=${encodeURIComponent(serviceSlug)}`;
export const servicePath = (serviceSlug: string) => `/services/${encodeURIComponent(serviceSlug)}`;
export const serviceOutcomesPath = (serviceSlug: string) => `${servicePath(serviceSlug)}#outcomes`;

/** Numbers of outcomes in the current language: up to 2 decimal places, differences with their sign. */
export function useOutcomeFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const number = (value: number) => formatNumber(value, language, 2);
  const signed = (value: number) => formatNumber(value, language, 2, true);
  return {
    language,
    number,
    signed,
    count: (value: number) => formatNumber(value, language, 0),
    /** "+25%", "-12.5%" */
    percent: (value: number) => t('outcomes.figures.percent', { value: formatNumber(value, language, 1, true) }),
    /** "+8 to +12" */
    interval: (low: number, high: number) => t('outcomes.figures.interval', { low: signed(low), high: signed(high) }),
  };
}

export type OutcomeFormat = ReturnType<typeof useOutcomeFormat>;

/** The service rating is always the first result; its name and unit come from the catalogue. */
export function resultName(result: IndicatorResult, t: TFunction): string {
  return result.indicatorId ? (result.name ?? '') : t('outcomes.evaluation.ratingName');
}

export function resultUnit(result: IndicatorResult, t: TFunction): string {
  return result.indicatorId ? (result.unit ?? '') : t('outcomes.evaluation.ratingUnit');
}

/** How a value's unit reads after a number in a sentence ("50 visits", "3.9 out of 5"). */
function unitInSentence(result: IndicatorResult, t: TFunction): string {
  return result.indicatorId ? (result.unit ?? '') : t('outcomes.evaluation.ratingUnitInSentence');
}

const present = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** Improved or worsened only when the whole interval lies on one side of zero (as the API decides). */
export function verdictOf(low: number | null | undefined, high: number | null | undefined, better: Better | undefined): Verdict {
  if (!present(low) || !present(high)) return 'NOT_ENOUGH_DATA';
  const up = low > 0;
  const down = high < 0;
  if (!up && !down) return 'NO_CLEAR_CHANGE';
  return up === ((better ?? 'UP') === 'UP') ? 'IMPROVED' : 'WORSENED';
}

/** True when there are values on both sides, so there is a difference to show. */
export function hasFigures(result: IndicatorResult): boolean {
  return (result.beforeCount ?? 0) > 0 && (result.afterCount ?? 0) > 0 && present(result.difference);
}

/**
 * "Garden visits per week rose from 40 to 50 visits (+25%) after the start. The 95% interval, +8 to
 * +12, does not include zero: this looks like an improvement."
 */
export function resultSentence(result: IndicatorResult, t: TFunction, format: OutcomeFormat): string {
  const name = resultName(result, t);
  if (!hasFigures(result)) {
    const noBefore = (result.beforeCount ?? 0) === 0;
    const noAfter = (result.afterCount ?? 0) === 0;
    const key = noBefore && noAfter ? 'noneEitherSide' : noBefore ? 'noneBefore' : 'noneAfter';
    return t(`outcomes.sentence.${key}`, { name });
  }
  const difference = result.difference!;
  const direction = difference > 0 ? 'rose' : difference < 0 ? 'fell' : 'same';
  const withPercent = direction !== 'same' && present(result.percentChange);
  const change = t(`outcomes.sentence.${direction}${withPercent || direction === 'same' ? '' : 'NoPercent'}`, {
    name,
    before: format.number(result.beforeMean ?? 0),
    after: format.number(result.afterMean ?? 0),
    unit: unitInSentence(result, t),
    change: withPercent ? format.percent(result.percentChange!) : '',
  });
  const verdict = result.verdict ?? verdictOf(result.low, result.high, result.better);
  const interval = present(result.low) && present(result.high) ? format.interval(result.low, result.high) : '';
  const judgement =
    verdict === 'NOT_ENOUGH_DATA' || !interval
      ? t('outcomes.sentence.tooFewForInterval')
      : t(`outcomes.sentence.${verdict === 'IMPROVED' ? 'improved' : verdict === 'WORSENED' ? 'worsened' : 'noClearChange'}`, {
          interval,
        });
  return `${change} ${judgement}`;
}

/** What the comparison services say, in plain words; null without comparison services. */
export function comparisonSentence(
  comparison: Comparison | null | undefined,
  better: Better | undefined,
  t: TFunction,
  format: OutcomeFormat,
): string | null {
  if (!comparison) return null;
  if (!present(comparison.differenceInDifferences)) return t('outcomes.comparison.noData');
  const did = format.signed(comparison.differenceInDifferences);
  const verdict = verdictOf(comparison.low, comparison.high, better);
  if (verdict === 'NOT_ENOUGH_DATA') return t('outcomes.comparison.tooFew', { did });
  const interval = format.interval(comparison.low!, comparison.high!);
  const key = verdict === 'IMPROVED' ? 'improved' : verdict === 'WORSENED' ? 'worsened' : 'noClearChange';
  return t(`outcomes.comparison.${key}`, { did, interval });
}

/** "2026-03-01" minus one day: the last day of the before period. */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) - 86_400_000).toISOString().slice(0, 10);
}

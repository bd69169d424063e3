// One indicator's before/after result: a sentence in plain words built from the verdict and figures,
// a two-bar chart of the averages for the eye (hidden from screen readers), and the same figures,
// with the comparison services' difference in differences when there is one, as a table.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorResult } from '@/types';
import {
  comparisonSentence,
  hasFigures,
  resultName,
  resultSentence,
  resultUnit,
  useOutcomeFormat,
} from '../outcomes';

const present = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** A figure there is none of reads as a dash, heard as "no figure". */
function NoFigure({ words }: { words?: string }) {
  const { t } = useTranslation();
  if (words) return <>{words}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">{t('outcomes.figures.none')}</span>
    </>
  );
}

function BeforeAfterChart({ result }: { result: IndicatorResult }) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const bars = [
    { key: 'before', label: t('outcomes.evaluation.before'), value: result.beforeMean },
    { key: 'after', label: t('outcomes.evaluation.after'), value: result.afterMean },
  ];
  const largest = Math.max(...bars.map((bar) => Math.abs(bar.value ?? 0)), Number.MIN_VALUE);
  return (
    <div className="app-bar-chart app-bar-chart--short" aria-hidden="true">
      {bars.map((bar) => (
        <div className="app-bar-chart__row" key={bar.key}>
          <span className="app-bar-chart__label">{bar.label}</span>
          <span className="app-bar-chart__track">
            <span
              className="app-bar-chart__bar"
              style={{ width: `${(Math.max(0, bar.value ?? 0) / largest) * 100}%` }}
            />
          </span>
          <span className="app-bar-chart__value">{present(bar.value) ? format.number(bar.value) : '–'}</span>
        </div>
      ))}
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {label}
      </th>
      <td className="govuk-table__cell govuk-table__cell--numeric">{children}</td>
    </tr>
  );
}

function FiguresTable({ result, name, unit }: { result: IndicatorResult; name: string; unit: string }) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const number = (value: number | null | undefined) => (present(value) ? format.number(value) : <NoFigure />);
  const count = (value: number | null | undefined) => format.count(value ?? 0);
  const comparison = result.comparison ?? null;
  const noInterval = hasFigures(result) ? t('outcomes.figures.noInterval') : undefined;
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table app-figures-table">
      <caption className="govuk-table__caption govuk-table__caption--s">
        {t('outcomes.figures.caption', { name, unit })}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t('outcomes.figures.figure')}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t('outcomes.figures.value')}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        <Row label={t('outcomes.figures.beforeMean')}>{number(result.beforeMean)}</Row>
        <Row label={t('outcomes.figures.beforeCount')}>{count(result.beforeCount)}</Row>
        <Row label={t('outcomes.figures.afterMean')}>{number(result.afterMean)}</Row>
        <Row label={t('outcomes.figures.afterCount')}>{count(result.afterCount)}</Row>
        <Row label={t('outcomes.figures.difference')}>
          {present(result.difference) && hasFigures(result) ? format.signed(result.difference) : <NoFigure />}
        </Row>
        <Row label={t('outcomes.figures.percentChange')}>
          {present(result.percentChange) ? format.percent(result.percentChange) : <NoFigure />}
        </Row>
        <Row label={t('outcomes.figures.interval95')}>
          {present(result.low) && present(result.high) ? format.interval(result.low, result.high) : <NoFigure words={noInterval} />}
        </Row>
        {comparison ? (
          <>
            <Row label={t('outcomes.figures.comparisonBeforeMean')}>{number(comparison.beforeMean)}</Row>
            <Row label={t('outcomes.figures.comparisonBeforeCount')}>{count(comparison.beforeCount)}</Row>
            <Row label={t('outcomes.figures.comparisonAfterMean')}>{number(comparison.afterMean)}</Row>
            <Row label={t('outcomes.figures.comparisonAfterCount')}>{count(comparison.afterCount)}</Row>
            <Row label={t('outcomes.figures.differenceInDifferences')}>
              {present(comparison.differenceInDifferences) ? format.signed(comparison.differenceInDifferences) : <NoFigure />}
            </Row>
            <Row label={t('outcomes.figures.didInterval95')}>
              {present(comparison.low) && present(comparison.high) ? (
                format.interval(comparison.low, comparison.high)
              ) : (
                <NoFigure words={present(comparison.differenceInDifferences) ? t('outcomes.figures.noInterval') : undefined} />
              )}
            </Row>
          </>
        ) : null}
      </tbody>
    </table>
  );
}

export function IndicatorResultView({ result }: { result: IndicatorResult }) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const headingId = useId();
  const name = resultName(result, t);
  const unit = resultUnit(result, t);
  const comparison = comparisonSentence(result.comparison, result.better, t, format);
  const anyFigures = (result.beforeCount ?? 0) > 0 || (result.afterCount ?? 0) > 0;
  return (
    <section aria-labelledby={headingId} className="app-indicator-result">
      <h3 className="govuk-heading-s app-break-word" id={headingId}>
        {name}
      </h3>
      <p className="govuk-body">{resultSentence(result, t, format)}</p>
      {result.verdict === 'NOT_ENOUGH_DATA' ? (
        <p className="govuk-body">
          {hasFigures(result) ? t('outcomes.evaluation.notEnoughForInterval') : t('outcomes.evaluation.notEnoughData')}
        </p>
      ) : null}
      {comparison ? <p className="govuk-body">{comparison}</p> : null}
      {hasFigures(result) ? <BeforeAfterChart result={result} /> : null}
      {anyFigures ? <FiguresTable result={result} name={name} unit={unit} /> : null}
    </section>
  );
}

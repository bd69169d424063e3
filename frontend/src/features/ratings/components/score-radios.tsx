// A score from 1 (very poor) to 5 (very good) as a GOV.UK radio group: numbers and words together,
// never stars. Optional questions add "No answer", chosen until someone picks a score.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORES, type Score } from '../scores';

interface ScoreRadiosProps {
  /** the radios get `${name}-1` … `${name}-5` (and `${name}-none`): link errors to `${name}-1` */
  name: string;
  legend: ReactNode;
  /** the legend as the page's main question, or a smaller one */
  legendSize?: 'm' | 's';
  hint?: ReactNode;
  error?: string;
  value: Score | null;
  onChange: (value: Score | null) => void;
  optional?: boolean;
}

export function scoreRadioId(name: string, score: Score | null = 1): string {
  return `${name}-${score ?? 'none'}`;
}

export function ScoreRadios({ name, legend, legendSize = 's', hint, error, value, onChange, optional = false }: ScoreRadiosProps) {
  const { t } = useTranslation();
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {error}
          </p>
        ) : null}
        <div className={`govuk-radios${optional ? ' govuk-radios--small' : ''}`}>
          {SCORES.map((score) => (
            <div className="govuk-radios__item" key={score}>
              <input
                className="govuk-radios__input"
                id={scoreRadioId(name, score)}
                name={name}
                type="radio"
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={scoreRadioId(name, score)}>
                {t('ratings.scoreOption', { score, words: t(`ratings.scores.${score}`) })}
              </label>
            </div>
          ))}
          {optional ? (
            <>
              <div className="govuk-radios__divider">{t('ratings.or')}</div>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={scoreRadioId(name, null)}
                  name={name}
                  type="radio"
                  value=""
                  checked={value === null}
                  onChange={() => onChange(null)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={scoreRadioId(name, null)}>
                  {t('ratings.noAnswer')}
                </label>
              </div>
            </>
          ) : null}
        </div>
      </fieldset>
    </div>
  );
}

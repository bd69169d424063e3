// GOV.UK character count: a textarea that says how many characters are left (or too many).
// The visible count updates as people type; screen readers hear it once typing pauses.
import { useEffect, useState, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface CharacterCountProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'maxLength'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  max: number;
  value: string;
  /** the label's size: 's' (default) or 'm' for a question that is the page's main one */
  labelSize?: 's' | 'm';
}

export function CharacterCount({ id, label, hint, error, max, value, labelSize = 's', rows = 5, ...textarea }: CharacterCountProps) {
  const { t, i18n } = useTranslation();
  const remaining = max - value.length;
  const format = (n: number) => new Intl.NumberFormat(i18n.resolvedLanguage === 'cy' ? 'cy-GB' : 'en-GB').format(n);
  const message =
    remaining >= 0
      ? t('form.characterCount.remaining', { count: remaining, formatted: format(remaining) })
      : t('form.characterCount.tooMany', { count: -remaining, formatted: format(-remaining) });
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(message), 1000);
    return () => window.clearTimeout(timer);
  }, [message]);

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const infoId = `${id}-info`;
  const over = remaining < 0;
  const describedBy = [hint ? hintId : null, error ? errorId : null, infoId].filter(Boolean).join(' ');

  return (
    <div className={`govuk-form-group govuk-character-count${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label govuk-label--${labelSize}`} htmlFor={id}>
        {label}
      </label>
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
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`govuk-textarea${error || over ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={value}
        {...textarea}
      />
      {/* read once with the field; the count below is for sight, the live region for screen readers */}
      <div id={infoId} className="govuk-visually-hidden">
        {t('form.characterCount.limit', { formatted: format(max) })}
      </div>
      <div
        className={`govuk-character-count__message ${over ? 'govuk-error-message' : 'govuk-hint'}`}
        aria-hidden="true"
      >
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}

// GOV.UK character count: a textarea with its limit, and how many characters are left (or too many).
// The count is shown as you type and told to screen readers once you pause, not on every key.
import { useEffect, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface CharacterCountProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: ReactNode;
  /** a bigger label, when the field is the page's main question */
  labelSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string;
  max: number;
  value: string;
  onChange: (value: string) => void;
}

const ANNOUNCE_AFTER_MS = 1000;

export function CharacterCount({
  id,
  label,
  labelSize = 's',
  hint,
  error,
  max,
  value,
  onChange,
  rows = 5,
  ...textarea
}: CharacterCountProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const infoId = `${id}-info`;
  const left = max - value.length;
  const status =
    left >= 0 ? t('ratingsStaff.count.remaining', { count: left }) : t('ratingsStaff.count.over', { count: -left });
  const [announced, setAnnounced] = useState('');
  // said once someone has typed, not when the page opens
  const [typed, setTyped] = useState(false);

  useEffect(() => {
    if (!typed) return;
    const timer = window.setTimeout(() => setAnnounced(status), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [status, typed]);

  const describedBy = [infoId, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
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
        className={`govuk-textarea govuk-js-character-count${error || left < 0 ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => {
          setTyped(true);
          onChange(event.target.value);
        }}
        {...textarea}
      />
      <div id={infoId} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        {t('ratingsStaff.count.info', { max })}
      </div>
      <div
        className={`govuk-character-count__message govuk-character-count__status ${left < 0 ? 'govuk-error-message' : 'govuk-hint'}`}
        aria-hidden="true"
      >
        {status}
      </div>
      <div className="govuk-visually-hidden govuk-character-count__sr-status" aria-live="polite">
        {announced === status ? announced : ''}
      </div>
    </div>
  );
}

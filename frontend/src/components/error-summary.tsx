import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** id of the field to jump to; omitted for errors about the whole form */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  /** changes on every failed submit, so focus moves to the summary each time */
  focusKey?: number;
  children?: ReactNode;
}

function focusField(id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
}

/** GOV.UK error summary: focused after a failed submit, each error links to its field. */
export function ErrorSummary({ errors, focusKey, children }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  if (errors.length === 0) return null;

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <div>
        <h2 className="govuk-error-summary__title">{t('form.errors.summaryTitle')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.message}`}>
                {error.fieldId ? (
                  <a
                    href={`#${error.fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(error.fieldId!);
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
          {children}
        </div>
      </div>
    </div>
  );
}

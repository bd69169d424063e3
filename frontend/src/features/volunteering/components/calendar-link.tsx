// My private calendar address, to add my shifts to a calendar app: copy it, or replace it when
// it may have leaked (the old one then stops working).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';
import { useCalendarLink, useResetCalendarLink } from '../api/my-hours';

function absolute(url: string): string {
  try {
    return new URL(url, window.location.origin).toString();
  } catch {
    return url;
  }
}

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back to selecting the text
  }
  if (!input) return false;
  input.select();
  try {
    return document.execCommand?.('copy') ?? false;
  } catch {
    return false;
  }
}

export function CalendarLinkSection() {
  const { t } = useTranslation();
  const link = useCalendarLink();
  const reset = useResetCalendarLink();
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const url = link.data?.url ? absolute(link.data.url) : '';

  async function copy() {
    const copied = await copyText(url, inputRef.current);
    setMessage(
      copied
        ? { text: t('volunteering.calendar.copied'), error: false }
        : { text: t('volunteering.calendar.copyFailed'), error: true },
    );
  }

  function renew() {
    if (reset.isPending) return;
    setMessage(null);
    reset.mutate(undefined, {
      onSuccess: () => setMessage({ text: t('volunteering.calendar.renewed'), error: false }),
      onError: () => setMessage({ text: t('volunteering.calendar.renewFailed'), error: true }),
    });
  }

  return (
    <section aria-labelledby="calendar-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="calendar-heading">
        {t('volunteering.calendar.heading')}
      </h2>
      <p className="govuk-body">{t('volunteering.calendar.intro')}</p>
      {link.isError ? (
        <p className="govuk-error-message">{t('volunteering.calendar.error')}</p>
      ) : !url ? (
        <p className="govuk-body">{t('app.loading')}</p>
      ) : (
        <>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="calendar-url">
              {t('volunteering.calendar.label')}
            </label>
            <div id="calendar-url-hint" className="govuk-hint">
              {t('volunteering.calendar.hint')}
            </div>
            <input
              ref={inputRef}
              className="govuk-input app-code-input"
              id="calendar-url"
              type="text"
              readOnly
              value={url}
              aria-describedby="calendar-url-hint"
              spellCheck={false}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void copy()}>
            {t('volunteering.calendar.copy')}
          </button>
        </>
      )}
      <StatusMessage>
        {message ? (
          <p className={message.error ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{message.text}</p>
        ) : null}
      </StatusMessage>
      {url ? (
        <>
          <h3 className="govuk-heading-s">{t('volunteering.calendar.renewHeading')}</h3>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">{t('app.warning')}</span>
              {t('volunteering.calendar.renewWarning')}
            </strong>
          </div>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            aria-disabled={reset.isPending ? true : undefined}
            onClick={renew}
          >
            {t('volunteering.calendar.renew')}
          </button>
        </>
      ) : null}
    </section>
  );
}

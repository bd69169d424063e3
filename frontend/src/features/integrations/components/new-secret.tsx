// The signing secret of a webhook just added: the API sends it in that one answer only, so it is
// shown once, here, to copy. It is never cached: leave the page and it is gone.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';
import type { WebhookView } from '@/types';

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

export function NewWebhookSecret({ webhook }: { webhook: WebhookView }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (!webhook.secret) return null;

  async function copy() {
    const copied = await copyText(webhook.secret, inputRef.current);
    setMessage(
      copied
        ? { text: t('integrations.created.copied'), error: false }
        : { text: t('integrations.created.copyFailed'), error: true },
    );
  }

  return (
    <section className="app-secret-panel" aria-labelledby="webhook-secret-heading">
      <h2 className="govuk-heading-m" id="webhook-secret-heading">
        {t('integrations.created.secretWarning')}
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="webhook-secret">
          {t('integrations.created.secretLabel')}
        </label>
        <div id="webhook-secret-hint" className="govuk-hint">
          {t('integrations.created.secretHint')}
        </div>
        <input
          ref={inputRef}
          className="govuk-input app-code-input"
          id="webhook-secret"
          type="text"
          readOnly
          value={webhook.secret}
          aria-describedby="webhook-secret-hint"
          autoComplete="off"
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => void copy()}>
        {t('integrations.created.copy')}
      </button>
      <StatusMessage>
        {message ? (
          <p className={message.error ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{message.text}</p>
        ) : null}
      </StatusMessage>
    </section>
  );
}

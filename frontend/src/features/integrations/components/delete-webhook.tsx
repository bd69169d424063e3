// "Delete webhook" with a confirmation step; once deleted, nothing more is sent to its address.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { WebhookView } from '@/types';
import { useDeleteWebhook } from '../api/webhooks';
import { webhookHost } from '../integrations';

export function DeleteWebhook({ webhook, onDeleted }: { webhook: WebhookView; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const remove = useDeleteWebhook();

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (returnFocus.current) openButtonRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={openButtonRef} type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>
        {t('integrations.webhook.delete')}
      </button>
    );
  }

  let failure: string | null = null;
  if (remove.isError) {
    const status = isApiError(remove.error) ? remove.error.status : -1;
    if (status === 403) failure = t('integrations.addForm.errors.forbidden');
    else if (status === 401) failure = t('integrations.errors.signedOut');
    else failure = t('integrations.webhook.deleteFailed');
  }

  return (
    <div className="app-confirm">
      <h3 className="govuk-heading-m app-break-word" tabIndex={-1} ref={headingRef}>
        {t('integrations.webhook.confirmDeleteHeading', { host: webhookHost(webhook.url) })}
      </h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('app.warning')}</span>
          {t('integrations.webhook.confirmDeleteBody')}
        </strong>
      </div>
      {failure ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {failure}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={remove.isPending ? true : undefined}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate(webhook.id, {
              onSuccess: onDeleted,
              // someone else deleted it first: it is gone, which is what was asked
              onError: (error) => {
                if (isApiError(error) && error.status === 404) onDeleted();
              },
            });
          }}
        >
          {t('integrations.webhook.confirmDelete')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            returnFocus.current = true;
            remove.reset();
            setConfirming(false);
          }}
        >
          {t('integrations.webhook.cancel')}
        </button>
      </div>
    </div>
  );
}

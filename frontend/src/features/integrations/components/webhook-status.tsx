// A webhook's state: a tag (On, Off, or Off in red when Coproduce turned it off after repeated
// failure) and, in that case, why, as a warning that cannot be missed.
import { useTranslation } from 'react-i18next';
import type { WebhookView } from '@/types';

export function WebhookStatusTag({ webhook }: { webhook: WebhookView }) {
  const { t } = useTranslation();
  if (webhook.active) return <strong className="govuk-tag govuk-tag--green">{t('integrations.status.on')}</strong>;
  return (
    <strong className={`govuk-tag ${webhook.disabledReason ? 'govuk-tag--red' : 'govuk-tag--grey'}`}>
      {t('integrations.status.off')}
    </strong>
  );
}

/** Why Coproduce turned the webhook off, and what to do; nothing while it is on or was turned off by hand. */
export function DisabledWarning({ webhook }: { webhook: WebhookView }) {
  const { t } = useTranslation();
  if (webhook.active || !webhook.disabledReason) return null;
  return (
    <div className="govuk-warning-text govuk-!-margin-bottom-2">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text app-break-word">
        <span className="govuk-visually-hidden">{t('app.warning')}</span>
        {t('integrations.status.disabledReason', { reason: webhook.disabledReason })}
      </strong>
    </div>
  );
}

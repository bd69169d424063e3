// The webhooks, each linked by its address, with its state first: a webhook Coproduce turned off
// says why straight under its address.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WebhookView } from '@/types';
import { webhookPath } from '../integrations';
import { DisabledWarning, WebhookStatusTag } from './webhook-status';

interface WebhookListProps {
  webhooks: WebhookView[];
  organisationName: (id: string) => string | undefined;
}

export function WebhookList({ webhooks, organisationName }: WebhookListProps) {
  const { t } = useTranslation();
  return (
    <ul className="app-card-list">
      {webhooks.map((webhook) => (
        <li className="app-card" key={webhook.id}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-break-word">
            <Link className="govuk-link" to={webhookPath(webhook.id)}>
              {webhook.url}
            </Link>
          </h3>
          <DisabledWarning webhook={webhook} />
          <dl className="app-card__meta">
            <div>
              <dt>{t('integrations.webhooks.status')}:</dt>{' '}
              <dd>
                <WebhookStatusTag webhook={webhook} />
                {webhook.active && webhook.consecutiveFailures > 0 ? (
                  <> {t('integrations.webhooks.failures', { count: webhook.consecutiveFailures })}</>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>{t('integrations.webhooks.organisation')}:</dt>{' '}
              <dd className="app-break-word">{organisationName(webhook.organisationId) ?? t('integrations.webhooks.unknownOrganisation')}</dd>
            </div>
            <div>
              <dt>{t('integrations.webhooks.events')}:</dt>{' '}
              <dd className="app-break-word">
                {webhook.events.map((event, index) => (
                  <span key={event}>
                    {index > 0 ? ', ' : null}
                    <code className="app-code">{event}</code>
                  </span>
                ))}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

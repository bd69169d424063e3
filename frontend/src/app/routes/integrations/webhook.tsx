// /integrations/webhooks/:id (staff of its organisation, admins): one webhook, turned off or on again
// (saved against the version shown: after a 412 the page shows the latest and says so), deleted, and
// its deliveries with each attempt, the payload and "Send again".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useUpdateWebhook, useWebhook } from '@/features/integrations/api/webhooks';
import { DeleteWebhook } from '@/features/integrations/components/delete-webhook';
import { Deliveries } from '@/features/integrations/components/deliveries';
import { DisabledWarning, WebhookStatusTag } from '@/features/integrations/components/webhook-status';
import { errorText, refusal, type FormError } from '@/features/integrations/form-error';
import { eventKey, isWebhookEvent, webhookHost, WEBHOOKS_PATH } from '@/features/integrations/integrations';
import { useOrganisationChoices } from '@/features/integrations/organisations';
import { useDashboardFormat } from '@/features/outcomes-dashboard/format';
import { isApiError } from '@/lib/api-client';
import { isStaff, useMe } from '@/lib/auth';
import type { DeliveryView, WebhookEvent, WebhookView } from '@/types';
import { NotFoundRoute } from '../not-found';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import { integrationsFlashState } from './flash';

function Loading({ failed = false }: { failed?: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusMessage>
      <p className={failed ? 'govuk-error-message' : 'govuk-body'}>
        {failed ? t('integrations.webhook.error') : t('integrations.webhook.loading')}
      </p>
    </StatusMessage>
  );
}

export function WebhookRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const staff = isStaff(me.data);
  const webhook = useWebhook(staff ? id : '');
  const organisations = useOrganisationChoices(me.data);
  useDocumentTitle(
    webhook.data ? t('integrations.webhook.title', { host: webhookHost(webhook.data.url) }) : t('integrations.webhooks.title'),
  );

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return <SignInNotice title={t('integrations.webhooks.signInTitle')} body={t('integrations.webhooks.signInBody')} />;
  }
  const refused = webhook.isError && isApiError(webhook.error) && webhook.error.status === 403;
  if (!staff || refused) {
    return (
      <NotAllowedNotice
        title={t('integrations.webhooks.notStaffTitle')}
        body={t('integrations.webhooks.notStaffBody')}
        help={t('access.notStaffHelp')}
      />
    );
  }
  if (webhook.isError && isApiError(webhook.error) && webhook.error.status === 404) return <NotFoundRoute />;
  if (!webhook.data) return <Loading failed={webhook.isError} />;
  return (
    <WebhookPage
      webhook={webhook.data}
      organisation={organisations.nameOf(webhook.data.organisationId)}
      reload={() => void webhook.refetch()}
    />
  );
}

type Notice =
  | { kind: 'turnedOff' | 'turnedOn'; serial: number }
  | { kind: 'sent'; serial: number; delivery: DeliveryView; when: string };

interface WebhookPageProps {
  webhook: WebhookView;
  organisation: string | undefined;
  reload: () => void;
}

function WebhookPage({ webhook, organisation, reload }: WebhookPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useDashboardFormat();
  const update = useUpdateWebhook();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const host = webhookHost(webhook.url);
  const next = (notice?.serial ?? 0) + 1;

  function fail(error: FormError) {
    setNotice(null);
    setErrors([error]);
    setAttempt((n) => n + 1);
  }

  async function setActive(active: boolean) {
    if (update.isPending) return;
    try {
      await update.mutateAsync({
        id: webhook.id,
        version: webhook.version,
        input: { url: webhook.url, events: webhook.events as WebhookEvent[], active },
      });
      setErrors([]);
      setNotice({ kind: active ? 'turnedOn' : 'turnedOff', serial: next });
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        // someone else changed it: show it as it is now, and say so
        reload();
        return fail({ key: 'integrations.webhook.stale' });
      }
      fail(refusal(error, 'integrations.addForm.errors.forbidden'));
    }
  }

  return (
    <>
      <Link className="govuk-back-link" to={WEBHOOKS_PATH}>
        {t('integrations.webhook.back')}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {notice ? (
            <FocusOnMount key={notice.serial}>
              {notice.kind === 'sent' ? (
                <NotificationBanner kind="success" heading={t('integrations.deliveries.sent')}>
                  <p className="govuk-body app-break-word">
                    {t('integrations.deliveries.sentBody', { event: notice.delivery.eventType, time: notice.when })}
                  </p>
                </NotificationBanner>
              ) : (
                <NotificationBanner kind="success" heading={t(`integrations.webhook.${notice.kind}`)}>
                  <p className="govuk-body">{t(`integrations.webhook.${notice.kind}Body`)}</p>
                </NotificationBanner>
              )}
            </FocusOnMount>
          ) : null}
          <ErrorSummary errors={errors.map((error) => ({ message: errorText(t, error) }))} focusKey={attempt} />
          <PageHeading caption={organisation ? <span className="app-break-word">{organisation}</span> : undefined}>
            <span className="app-break-word">{t('integrations.webhook.title', { host })}</span>
          </PageHeading>
          <DisabledWarning webhook={webhook} />
          {!webhook.active && webhook.disabledReason ? (
            <p className="govuk-body">{t('integrations.status.disabledHelp')}</p>
          ) : null}

          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('integrations.webhook.url')}</dt>
              <dd className="govuk-summary-list__value app-break-word">
                <code className="app-code">{webhook.url}</code>
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('integrations.webhook.status')}</dt>
              <dd className="govuk-summary-list__value">
                <WebhookStatusTag webhook={webhook} />
                {webhook.consecutiveFailures > 0 ? (
                  <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                    {t('integrations.webhooks.failures', { count: webhook.consecutiveFailures })}
                  </p>
                ) : null}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('integrations.webhook.events')}</dt>
              <dd className="govuk-summary-list__value">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {webhook.events.map((event) => (
                    <li key={event} className="app-break-word">
                      {isWebhookEvent(event) ? <>{t(eventKey(event))} </> : null}
                      <span className="app-secondary-text">
                        (<code className="app-code">{event}</code>)
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('integrations.webhook.created')}</dt>
              <dd className="govuk-summary-list__value">{format.dateTime(webhook.createdAt)}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('integrations.webhook.updated')}</dt>
              <dd className="govuk-summary-list__value">{format.dateTime(webhook.updatedAt)}</dd>
            </div>
          </dl>

          <h2 className="govuk-heading-m">{t('integrations.webhook.manageHeading')}</h2>
          <p className="govuk-body">{webhook.active ? t('integrations.webhook.turnOffHint') : t('integrations.webhook.turnOnHint')}</p>
          <button
            type="button"
            className={`govuk-button govuk-!-margin-right-3${webhook.active ? ' govuk-button--secondary' : ''}`}
            aria-disabled={update.isPending ? true : undefined}
            onClick={() => void setActive(!webhook.active)}
          >
            {webhook.active ? t('integrations.webhook.turnOff') : t('integrations.webhook.turnOn')}
          </button>
          <DeleteWebhook
            webhook={webhook}
            onDeleted={() =>
              void navigate(WEBHOOKS_PATH, { state: integrationsFlashState({ kind: 'webhookDeleted', url: webhook.url }) })
            }
          />

          <Deliveries
            webhookId={webhook.id}
            active={webhook.active}
            onSent={(delivery, when) => {
              setErrors([]);
              setNotice({ kind: 'sent', serial: next, delivery, when });
            }}
            onFailed={(error) => {
              const gone = isApiError(error) && error.status === 404;
              fail(gone ? { key: 'integrations.deliveries.gone' } : refusal(error, 'integrations.addForm.errors.forbidden'));
            }}
          />
        </div>
      </div>
    </>
  );
}

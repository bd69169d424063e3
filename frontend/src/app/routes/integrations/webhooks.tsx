// /integrations/webhooks (staff and admins): the webhooks of my organisations (every one for an
// admin), with those Coproduce turned off saying why, and a form to add one. The new webhook's
// signing secret is shown once, at the top, to copy.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useWebhooks } from '@/features/integrations/api/webhooks';
import { AddWebhookForm } from '@/features/integrations/components/add-webhook-form';
import { IntegrationsNav } from '@/features/integrations/components/integrations-nav';
import { NewWebhookSecret } from '@/features/integrations/components/new-secret';
import { WebhookList } from '@/features/integrations/components/webhook-list';
import { webhookPath } from '@/features/integrations/integrations';
import { useOrganisationChoices } from '@/features/integrations/organisations';
import { isApiError } from '@/lib/api-client';
import { isAdmin, isStaff, useMe } from '@/lib/auth';
import type { WebhookView } from '@/types';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import { readIntegrationsFlash } from './flash';

export function WebhooksRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const staff = isStaff(me.data);
  const admin = isAdmin(me.data);
  const webhooks = useWebhooks({ enabled: staff });
  const organisations = useOrganisationChoices(me.data);
  // the webhook just added, with its secret: held here only, so it is gone once the page is left
  const [created, setCreated] = useState<WebhookView | null>(null);
  const flash = readIntegrationsFlash(location.state);
  useDocumentTitle(t('integrations.webhooks.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) {
    return <SignInNotice title={t('integrations.webhooks.signInTitle')} body={t('integrations.webhooks.signInBody')} />;
  }
  const refused = webhooks.isError && isApiError(webhooks.error) && webhooks.error.status === 403;
  if (!staff || refused) {
    return (
      <NotAllowedNotice
        title={t('integrations.webhooks.notStaffTitle')}
        body={t('integrations.webhooks.notStaffBody')}
        help={t('access.notStaffHelp')}
      />
    );
  }

  const items = webhooks.data?.items ?? [];
  const turnedOff = items.filter((webhook) => !webhook.active && !!webhook.disabledReason).length;
  let status = '';
  if (webhooks.isPending) status = t('integrations.webhooks.loading');
  else if (webhooks.isError) status = t('integrations.webhooks.error');
  else if (items.length === 0) status = t('integrations.webhooks.empty');
  else status = t('integrations.webhooks.showing', { count: items.length });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {admin ? <IntegrationsNav current="webhooks" /> : null}
        {created ? (
          <FocusOnMount key={created.id}>
            <NotificationBanner kind="success" heading={t('integrations.created.heading')}>
              <p className="govuk-body app-break-word">{t('integrations.created.body', { url: created.url })}</p>
              <p className="govuk-body">
                <Link className="govuk-notification-banner__link" to={webhookPath(created.id)}>
                  {t('integrations.created.open')}
                </Link>
              </p>
            </NotificationBanner>
          </FocusOnMount>
        ) : flash ? (
          <FocusOnMount>
            <NotificationBanner kind="success" heading={t('integrations.deleted.heading')}>
              <p className="govuk-body app-break-word">{t('integrations.deleted.body', { url: flash.url })}</p>
            </NotificationBanner>
          </FocusOnMount>
        ) : null}
        {created ? <NewWebhookSecret webhook={created} /> : null}
        <PageHeading>{t('integrations.webhooks.title')}</PageHeading>
        <p className="govuk-body">{t('integrations.webhooks.intro')}</p>
        <p className="govuk-body">{t('integrations.webhooks.signing')}</p>
        <p className="govuk-body">{t('integrations.webhooks.retries')}</p>
        {admin ? <p className="govuk-body">{t('integrations.webhooks.adminIntro')}</p> : null}

        <h2 className="govuk-heading-m">
          {admin ? t('integrations.webhooks.allHeading') : t('integrations.webhooks.listHeading')}
        </h2>
        <StatusMessage>
          <p className={webhooks.isError ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
          {turnedOff > 0 ? (
            <p className="govuk-body govuk-!-font-weight-bold">{t('integrations.webhooks.turnedOff', { count: turnedOff })}</p>
          ) : null}
        </StatusMessage>
        {items.length === 0 && webhooks.isSuccess ? <p className="govuk-body">{t('integrations.webhooks.emptyHint')}</p> : null}
        {items.length > 0 ? <WebhookList webhooks={items} organisationName={organisations.nameOf} /> : null}

        <h2 className="govuk-heading-m">{t('integrations.addForm.heading')}</h2>
        {organisations.isPending || organisations.isError ? (
          <StatusMessage>
            <p className={organisations.isError ? 'govuk-error-message' : 'govuk-body'}>
              {organisations.isError ? t('integrations.organisationsError') : t('integrations.organisationsLoading')}
            </p>
          </StatusMessage>
        ) : organisations.choices.length === 0 ? (
          <p className="govuk-body">{t('integrations.addForm.noOrganisations')}</p>
        ) : (
          <AddWebhookForm organisations={organisations.choices} onCreated={setCreated} />
        )}
      </div>
    </div>
  );
}

// /integrations/clients (admins): the machine clients the identity provider issued, tied to the
// organisation each acts for; what their scopes allow; tie a client, or untie one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useIntegratorClients } from '@/features/integrations/api/integrator-clients';
import { ClientsTable } from '@/features/integrations/components/clients-table';
import { IntegrationsNav } from '@/features/integrations/components/integrations-nav';
import { ScopesExplained } from '@/features/integrations/components/scopes';
import { TieClientForm } from '@/features/integrations/components/tie-client-form';
import { useOrganisationChoices } from '@/features/integrations/organisations';
import { isApiError } from '@/lib/api-client';
import { isAdmin, isStaff, useMe } from '@/lib/auth';
import type { IntegratorClientView } from '@/types';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';

interface Done {
  kind: 'tied' | 'untied';
  client: IntegratorClientView;
  /** a new banner (and focus) each time, even for two alike in a row */
  serial: number;
}

export function ClientsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = isAdmin(me.data);
  const clients = useIntegratorClients({ enabled: admin });
  const organisations = useOrganisationChoices(me.data);
  const [done, setDone] = useState<Done | null>(null);
  useDocumentTitle(t('integrations.clients.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) {
    return <SignInNotice title={t('integrations.clients.signInTitle')} body={t('integrations.clients.signInBody')} />;
  }
  const refused = clients.isError && isApiError(clients.error) && clients.error.status === 403;
  if (!admin || refused) {
    return (
      <NotAllowedNotice
        title={t('integrations.clients.notAdminTitle')}
        body={t('integrations.clients.notAdminBody')}
        help={isStaff(me.data) ? t('integrations.clients.notAdminHelp') : undefined}
      />
    );
  }

  const items = (clients.data ?? []).slice().sort((a, b) => a.clientId.localeCompare(b.clientId));
  let status = '';
  if (clients.isPending) status = t('integrations.clients.loading');
  else if (clients.isError) status = t('integrations.clients.error');
  else if (items.length === 0) status = t('integrations.clients.empty');
  else status = t('integrations.clients.showing', { count: items.length });

  const show = (kind: Done['kind'], client: IntegratorClientView) =>
    setDone((previous) => ({ kind, client, serial: (previous?.serial ?? 0) + 1 }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <IntegrationsNav current="clients" />
        {done ? (
          <FocusOnMount key={done.serial}>
            <NotificationBanner
              kind="success"
              heading={
                done.kind === 'tied'
                  ? t('integrations.clients.tied', { client: done.client.clientId, organisation: done.client.organisationName })
                  : t('integrations.clients.untied', { client: done.client.clientId })
              }
            >
              <p className="govuk-body">
                {done.kind === 'tied'
                  ? t('integrations.clients.tiedBody', { organisation: done.client.organisationName })
                  : t('integrations.clients.untiedBody')}
              </p>
            </NotificationBanner>
          </FocusOnMount>
        ) : null}
        <PageHeading>{t('integrations.clients.title')}</PageHeading>
        <p className="govuk-body">{t('integrations.clients.intro')}</p>
        <ScopesExplained />

        <h2 className="govuk-heading-m">{t('integrations.clients.listHeading')}</h2>
        <StatusMessage>
          <p className={clients.isError ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
        </StatusMessage>
        {items.length > 0 ? <ClientsTable clients={items} onUntied={(client) => show('untied', client)} /> : null}

        <h2 className="govuk-heading-m">{t('integrations.tie.heading')}</h2>
        <p className="govuk-body">{t('integrations.tie.intro')}</p>
        {organisations.isPending || organisations.isError ? (
          <StatusMessage>
            <p className={organisations.isError ? 'govuk-error-message' : 'govuk-body'}>
              {organisations.isError ? t('integrations.organisationsError') : t('integrations.organisationsLoading')}
            </p>
          </StatusMessage>
        ) : (
          <TieClientForm organisations={organisations.choices} onTied={(client) => show('tied', client)} />
        )}
      </div>
    </div>
  );
}

// The machine clients tied to an organisation, each with "Untie" and a confirmation step that opens
// in a row of its own under the client, so it has the table's full width on a phone.
import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { IntegratorClientView } from '@/types';
import { useUntieIntegratorClient } from '../api/integrator-clients';

interface UntieConfirmationProps {
  client: IntegratorClientView;
  onUntied: (client: IntegratorClientView) => void;
  onCancel: () => void;
}

function UntieConfirmation({ client, onUntied, onCancel }: UntieConfirmationProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const untie = useUntieIntegratorClient();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  let failure: string | null = null;
  if (untie.isError) {
    failure =
      isApiError(untie.error) && untie.error.status === 403
        ? t('integrations.clients.forbidden')
        : t('integrations.clients.untieFailed');
  }

  return (
    <div className="app-confirm govuk-!-margin-bottom-0">
      <h3 className="govuk-heading-s app-break-word" tabIndex={-1} ref={headingRef}>
        {t('integrations.clients.confirmUntieHeading', { client: client.clientId })}
      </h3>
      <p className="govuk-body">{t('integrations.clients.confirmUntieBody')}</p>
      {failure ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {failure}
        </p>
      ) : null}
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={untie.isPending ? true : undefined}
          onClick={() => {
            if (untie.isPending) return;
            untie.mutate(client.clientId, {
              onSuccess: () => onUntied(client),
              // already untied by someone else: it is gone from the list, which is what was asked
              onError: (error) => {
                if (isApiError(error) && error.status === 404) onUntied(client);
              },
            });
          }}
        >
          {t('integrations.clients.confirmUntie')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('integrations.clients.cancel')}
        </button>
      </div>
    </div>
  );
}

interface ClientsTableProps {
  clients: IntegratorClientView[];
  onUntied: (client: IntegratorClientView) => void;
}

export function ClientsTable({ clients, onUntied }: ClientsTableProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);

  useEffect(() => {
    if (confirming || !returnFocusTo.current) return;
    document.getElementById(untieButtonId(returnFocusTo.current))?.focus();
    returnFocusTo.current = null;
  }, [confirming]);

  return (
    <table className="govuk-table app-compact-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{t('integrations.clients.caption')}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t('integrations.clients.columns.client')}
          </th>
          <th scope="col" className="govuk-table__header">
            {t('integrations.clients.columns.organisation')}
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">{t('integrations.clients.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {clients.map((client) => (
          <Fragment key={client.clientId}>
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <code className="app-code app-break-word">{client.clientId}</code>
                <div className="govuk-body-s govuk-!-margin-0 app-secondary-text app-break-word">{client.name}</div>
              </th>
              <td className="govuk-table__cell app-break-word">{client.organisationName}</td>
              <td className="govuk-table__cell">
                {confirming === client.clientId ? null : (
                  <button
                    type="button"
                    id={untieButtonId(client.clientId)}
                    className="app-link-button"
                    onClick={() => setConfirming(client.clientId)}
                  >
                    {t('integrations.clients.untie')}
                    <span className="govuk-visually-hidden"> {client.clientId}</span>
                  </button>
                )}
              </td>
            </tr>
            {confirming === client.clientId ? (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={3}>
                  <UntieConfirmation
                    client={client}
                    onUntied={(untied) => {
                      setConfirming(null);
                      onUntied(untied);
                    }}
                    onCancel={() => {
                      returnFocusTo.current = client.clientId;
                      setConfirming(null);
                    }}
                  />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function untieButtonId(clientId: string) {
  return `untie-${clientId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

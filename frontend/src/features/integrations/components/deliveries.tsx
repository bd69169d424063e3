// A webhook's deliveries, newest first: event, when it happened, status and attempts; under each, its
// attempts (time, HTTP status or error, duration) and the payload, and "Send again". Sending again
// and its failures are reported by the page (a banner, or the error summary at the top).
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { useDashboardFormat } from '@/features/outcomes-dashboard/format';
import type { DeliveryStatus, DeliveryView } from '@/types';
import { loadedDeliveries, useDeliveries, useRedeliver } from '../api/deliveries';

const TAG: Record<DeliveryStatus, string> = {
  PENDING: 'govuk-tag--yellow',
  SUCCEEDED: 'govuk-tag--green',
  FAILED: 'govuk-tag--red',
};

const rowId = (delivery: DeliveryView) => `delivery-${delivery.id}`;

/** The payload as sent, laid out to read when it is JSON. */
function readable(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

function Attempts({ delivery }: { delivery: DeliveryView }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const history = delivery.history ?? [];
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t('integrations.deliveries.attemptsHeading')}</h3>
      {history.length === 0 ? (
        <p className="govuk-body-s">{t('integrations.deliveries.noAttempts')}</p>
      ) : (
        <ol className="govuk-list govuk-list--number govuk-body-s">
          {history.map((attempt, index) => (
            <li key={`${attempt.attemptedAt ?? ''}-${index}`} className="app-break-word">
              {t('integrations.deliveries.attempt', {
                time: format.dateTime(attempt.attemptedAt),
                result:
                  attempt.statusCode != null
                    ? t('integrations.deliveries.httpStatus', { status: attempt.statusCode })
                    : attempt.error || t('integrations.deliveries.noAnswer'),
                duration: t('integrations.deliveries.duration', { ms: format.count(attempt.durationMs ?? 0) }),
              })}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

interface DeliveriesProps {
  webhookId: string;
  /** Coproduce sends nothing while the webhook is off, so there is no "Send again" */
  active: boolean;
  onSent: (delivery: DeliveryView, when: string) => void;
  onFailed: (error: unknown) => void;
}

export function Deliveries({ webhookId, active, onSent, onFailed }: DeliveriesProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const deliveries = useDeliveries(webhookId);
  const redeliver = useRedeliver();
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  const items = loadedDeliveries(deliveries.data);

  async function showMore() {
    if (deliveries.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await deliveries.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedDeliveries(result.data)[shown];
    if (next) focusWhenShown(rowId(next));
  }

  function sendAgain(delivery: DeliveryView, when: string) {
    if (redeliver.isPending) return;
    redeliver.mutate(
      { webhookId, deliveryId: delivery.id },
      { onSuccess: () => onSent(delivery, when), onError: (error) => onFailed(error) },
    );
  }

  let status = '';
  if (deliveries.isPending) status = t('integrations.deliveries.loading');
  else if (deliveries.isError) status = t('integrations.deliveries.error');
  else if (items.length === 0) status = t('integrations.deliveries.empty');
  else if (deliveries.isFetchingNextPage) status = t('integrations.deliveries.loadingMore');
  else if (moreFailed) status = t('integrations.deliveries.moreError');
  else status = t('integrations.deliveries.showing', { count: items.length });

  return (
    <section aria-labelledby="deliveries-heading">
      <h2 className="govuk-heading-m" id="deliveries-heading">
        {t('integrations.deliveries.heading')}
      </h2>
      <p className="govuk-body">{t('integrations.deliveries.intro')}</p>
      {!active ? <p className="govuk-body">{t('integrations.deliveries.offHint')}</p> : null}
      <StatusMessage>
        <p className={deliveries.isError || moreFailed ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>
          {status}
        </p>
      </StatusMessage>
      {items.length > 0 ? (
        <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table app-deliveries">
          <caption className="govuk-table__caption govuk-table__caption--s">{t('integrations.deliveries.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('integrations.deliveries.columns.event')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('integrations.deliveries.columns.when')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('integrations.deliveries.columns.status')}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t('integrations.deliveries.columns.attempts')}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((delivery) => {
              const when = format.dateTime(delivery.occurredAt);
              const which = t('integrations.deliveries.which', { event: delivery.eventType, time: when });
              const sending = redeliver.isPending && redeliver.variables?.deliveryId === delivery.id;
              return (
                <Fragment key={delivery.id}>
                  <tr className="govuk-table__row app-deliveries__row">
                    <th scope="row" className="govuk-table__header app-focus-target" id={rowId(delivery)} tabIndex={-1}>
                      <code className="app-code app-break-word">{delivery.eventType}</code>
                    </th>
                    <td className="govuk-table__cell">{when}</td>
                    <td className="govuk-table__cell">
                      <strong className={`govuk-tag ${TAG[delivery.status] ?? 'govuk-tag--grey'}`}>
                        {t(`integrations.deliveries.statuses.${delivery.status}`)}
                      </strong>
                      {delivery.status === 'PENDING' && delivery.nextAttemptAt ? (
                        <div className="govuk-body-s govuk-!-margin-0 govuk-!-margin-top-1 app-secondary-text">
                          {t('integrations.deliveries.nextAttempt', { time: format.dateTime(delivery.nextAttemptAt) })}
                        </div>
                      ) : null}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{format.count(delivery.attempts)}</td>
                  </tr>
                  <tr className="govuk-table__row">
                    <td className="govuk-table__cell" colSpan={4}>
                      <details className="govuk-details govuk-!-margin-bottom-2">
                        <summary className="govuk-details__summary">
                          <span className="govuk-details__summary-text">
                            {t('integrations.deliveries.details')}
                            <span className="govuk-visually-hidden"> {which}</span>
                          </span>
                        </summary>
                        <div className="govuk-details__text">
                          <Attempts delivery={delivery} />
                          <h3 className="govuk-heading-s">{t('integrations.deliveries.payload')}</h3>
                          <pre className="app-code-example govuk-!-margin-bottom-0">{readable(delivery.payload)}</pre>
                        </div>
                      </details>
                      {active && delivery.status !== 'PENDING' ? (
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          aria-disabled={sending ? true : undefined}
                          onClick={() => sendAgain(delivery, when)}
                        >
                          {t('integrations.deliveries.sendAgain')}
                          <span className="govuk-visually-hidden"> {which}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {deliveries.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={deliveries.isFetchingNextPage ? true : undefined}
          onClick={() => void showMore()}
        >
          {t('integrations.deliveries.showMore')}
        </button>
      ) : null}
    </section>
  );
}

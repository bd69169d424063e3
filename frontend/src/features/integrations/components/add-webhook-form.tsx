// Add a webhook: the organisation (when there is a choice), the https address and the events to send.
// The API checks the address (https, not a private or local one) and answers with the signing secret.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Select, TextInput } from '@/components/form/fields';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { OrganisationRef, WebhookEvent, WebhookInput, WebhookView } from '@/types';
import { useCreateWebhook } from '../api/webhooks';
import { errorText, refusal, type FormError } from '../form-error';
import { eventKey, WEBHOOK_EVENTS } from '../integrations';

type Field = 'organisationId' | 'url' | 'events';
type FieldErrors = Partial<Record<Field, FormError>>;

const FIELD_ORDER: Field[] = ['organisationId', 'url', 'events'];
const URL_MAX = 2000;
const eventId = (event: WebhookEvent) => `webhook-event-${event.replace('.', '-')}`;
const FIELD_IDS: Record<Field, string> = {
  organisationId: 'webhook-organisation',
  url: 'webhook-url',
  events: eventId(WEBHOOK_EVENTS[0]),
};

function fieldFromApi(field: string): Field | null {
  if (field === 'url' || field.endsWith('.url')) return 'url';
  if (/(^|\.)events(\[\d+\])?$/.test(field) || field.startsWith('events')) return 'events';
  if (field === 'organisationId' || field.endsWith('.organisationId')) return 'organisationId';
  return null;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.host;
  } catch {
    return false;
  }
}

interface AddWebhookFormProps {
  organisations: OrganisationRef[];
  /** the webhook as created, with its secret */
  onCreated: (webhook: WebhookView) => void;
}

export function AddWebhookForm({ organisations, onCreated }: AddWebhookFormProps) {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const only = organisations.length === 1 ? organisations[0] : null;
  const [organisationId, setOrganisationId] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const idempotency = useRef<{ body: string; key: string } | null>(null);
  const errorFor = (field: Field) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

  function fail(fields: FieldErrors, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function validate(chosen: string): FieldErrors {
    const problems: FieldErrors = {};
    const address = url.trim();
    if (!chosen) problems.organisationId = { key: 'integrations.addForm.errors.organisationRequired' };
    if (!address) problems.url = { key: 'integrations.addForm.errors.urlRequired' };
    else if (address.length > URL_MAX) problems.url = { key: 'integrations.addForm.errors.urlTooLong', values: { max: URL_MAX } };
    else if (!isWebAddress(address)) problems.url = { key: 'integrations.addForm.errors.urlInvalid' };
    if (events.length === 0) problems.events = { key: 'integrations.addForm.errors.eventsRequired' };
    return problems;
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const fields: FieldErrors = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = fieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'integrations.errors.fromServer',
            values: { field: t(`integrations.addForm.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    if (isApiError(error) && error.status === 422) idempotency.current = null;
    fail({}, [refusal(error, 'integrations.addForm.errors.forbidden')]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const chosen = only ? only.id : organisationId;
    const problems = validate(chosen);
    if (Object.keys(problems).length > 0) return fail(problems);
    // in the order the form lists them, whatever order they were ticked in
    const input: WebhookInput = {
      organisationId: chosen,
      url: url.trim(),
      events: WEBHOOK_EVENTS.filter((candidate) => events.includes(candidate)),
    };
    const body = JSON.stringify(input);
    if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
    try {
      const created = await create.mutateAsync({ input, idempotencyKey: idempotency.current.key });
      idempotency.current = null;
      setFieldErrors({});
      setFormErrors([]);
      setUrl('');
      setEvents([]);
      onCreated(created);
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];
  const eventsError = errorFor('events');

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        {only ? (
          <p className="govuk-body app-break-word">{t('integrations.addForm.forOrganisation', { organisation: only.name })}</p>
        ) : (
          <Select
            id={FIELD_IDS.organisationId}
            label={t('integrations.addForm.organisation')}
            hint={t('integrations.addForm.organisationHint')}
            error={errorFor('organisationId')}
            placeholder={t('integrations.addForm.chooseOrganisation')}
            options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            value={organisationId}
            onChange={(change) => setOrganisationId(change.target.value)}
          />
        )}
        <TextInput
          id={FIELD_IDS.url}
          type="url"
          inputMode="url"
          label={t('integrations.addForm.url')}
          hint={t('integrations.addForm.urlHint')}
          error={errorFor('url')}
          value={url}
          onChange={(change) => setUrl(change.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <div className={`govuk-form-group${eventsError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['webhook-events-hint', eventsError ? 'webhook-events-error' : null].filter(Boolean).join(' ')}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('integrations.addForm.events')}</legend>
            <div id="webhook-events-hint" className="govuk-hint">
              {t('integrations.addForm.eventsHint')}
            </div>
            {eventsError ? (
              <p id="webhook-events-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {eventsError}
              </p>
            ) : null}
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {WEBHOOK_EVENTS.map((webhookEvent) => (
                <div className="govuk-checkboxes__item" key={webhookEvent}>
                  <input
                    className="govuk-checkboxes__input"
                    id={eventId(webhookEvent)}
                    name="events"
                    type="checkbox"
                    value={webhookEvent}
                    checked={events.includes(webhookEvent)}
                    onChange={(change) =>
                      setEvents((current) =>
                        change.target.checked
                          ? [...current.filter((chosen) => chosen !== webhookEvent), webhookEvent]
                          : current.filter((chosen) => chosen !== webhookEvent),
                      )
                    }
                    aria-describedby={`${eventId(webhookEvent)}-hint`}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={eventId(webhookEvent)}>
                    {t(eventKey(webhookEvent))}
                  </label>
                  <div id={`${eventId(webhookEvent)}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    <code className="app-code">{webhookEvent}</code>
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="govuk-button" aria-disabled={create.isPending ? true : undefined}>
          {t('integrations.addForm.submit')}
        </button>
      </form>
    </>
  );
}

// The events a webhook can send, in the order the form offers them, the scopes a machine client can
// be given, and the portal's addresses. Each event's description is in the catalogue under
// integrations.events.<event>.
import type { WebhookEvent } from '@/types';

export const WEBHOOK_EVENTS: WebhookEvent[] = [
  'idea.submitted',
  'idea.answered',
  'signup.confirmed',
  'signup.cancelled',
  'signup.promoted',
  'shift.full',
  'rating.created',
  'change.confirmed',
];

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as string[]).includes(value);
}

/** The catalogue key of an event's description ("rating.created" nests as rating → created). */
export function eventKey(event: string): string {
  return `integrations.events.${event}`;
}

export const SCOPES = [
  { scope: 'coproduce:read', key: 'read' },
  { scope: 'coproduce:write', key: 'write' },
  { scope: 'coproduce:webhooks', key: 'webhooks' },
] as const;

/** "crm.riverside.example" from the webhook's address, to name it in headings. */
export function webhookHost(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export const CLIENTS_PATH = '/integrations/clients';
export const WEBHOOKS_PATH = '/integrations/webhooks';

export function webhookPath(id: string): string {
  return `${WEBHOOKS_PATH}/${encodeURIComponent(id)}`;
}

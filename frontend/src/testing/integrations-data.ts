// Integrations as the admin and staff pages see them: machine clients, webhooks (one on, one that
// Coproduce turned off) and a webhook's deliveries with their attempts.
import type { DeliveryView, IntegratorClientView, MeView, OrganisationView, WebhookView } from '@/types';
import { aStaffMember, PARKS_ORG } from './data';

export const HOUSING_ORG = { id: '11111111-1111-4111-8111-111111111112', slug: 'riverside-housing', name: 'Riverside Housing' };

export const WEBHOOK_ID = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeee1';
export const OFF_WEBHOOK_ID = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeee2';
export const DELIVERY_ID = 'dddddddd-dddd-4ddd-8ddd-ddddddddddd1';
export const FAILED_DELIVERY_ID = 'dddddddd-dddd-4ddd-8ddd-ddddddddddd2';
export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

export function anAdmin(overrides: Partial<MeView> = {}): MeView {
  return aStaffMember({ displayName: 'Ada Admin', roles: ['citizen', 'admin'], staffOf: [], ...overrides });
}

export function anOrganisation(ref: { id: string; slug: string; name: string }): OrganisationView {
  return { ...ref, description: '', website: null as unknown as string, version: 0 };
}

export const ORGANISATIONS_PAGE = { items: [anOrganisation(PARKS_ORG), anOrganisation(HOUSING_ORG)], nextCursor: null };

export function aClient(overrides: Partial<IntegratorClientView> = {}): IntegratorClientView {
  return {
    clientId: 'riverside-crm',
    name: 'Riverside CRM',
    organisationId: PARKS_ORG.id,
    organisationName: PARKS_ORG.name,
    ...overrides,
  };
}

export function aWebhook(overrides: Partial<WebhookView> = {}): WebhookView {
  return {
    id: WEBHOOK_ID,
    organisationId: PARKS_ORG.id,
    url: 'https://crm.riverside.example/hooks/coproduce',
    events: ['idea.submitted', 'rating.created'],
    active: true,
    disabledReason: null as unknown as string,
    consecutiveFailures: 0,
    secret: null as unknown as string,
    createdAt: '2026-11-02T10:15:00Z',
    updatedAt: '2026-11-02T10:15:00Z',
    version: 3,
    ...overrides,
  };
}

export function anOffWebhook(overrides: Partial<WebhookView> = {}): WebhookView {
  return aWebhook({
    id: OFF_WEBHOOK_ID,
    url: 'https://old-crm.riverside.example/events',
    events: ['signup.confirmed'],
    active: false,
    disabledReason: 'Every attempt failed for 24 hours (last: HTTP 503)',
    consecutiveFailures: 12,
    version: 7,
    ...overrides,
  });
}

export function aDelivery(overrides: Partial<DeliveryView> = {}): DeliveryView {
  return {
    id: DELIVERY_ID,
    eventType: 'rating.created',
    occurredAt: '2026-12-03T09:30:00Z',
    payload: '{"type":"rating.created","timestamp":"2026-12-03T09:30:00Z","data":{"ratingId":"r1","overall":4}}',
    status: 'SUCCEEDED',
    attempts: 1,
    nextAttemptAt: null as unknown as string,
    history: [{ attemptedAt: '2026-12-03T09:30:02Z', statusCode: 200, error: null as unknown as string, durationMs: 182 }],
    ...overrides,
  };
}

export function aFailedDelivery(overrides: Partial<DeliveryView> = {}): DeliveryView {
  return aDelivery({
    id: FAILED_DELIVERY_ID,
    eventType: 'idea.submitted',
    occurredAt: '2026-12-02T14:00:00Z',
    payload: '{"type":"idea.submitted","data":{"ideaId":"i1"}}',
    status: 'FAILED',
    attempts: 2,
    history: [
      { attemptedAt: '2026-12-02T14:00:01Z', statusCode: 503, error: null as unknown as string, durationMs: 1204 },
      { attemptedAt: '2026-12-02T14:05:01Z', statusCode: null as unknown as number, error: 'Connection refused', durationMs: 12 },
    ],
    ...overrides,
  });
}

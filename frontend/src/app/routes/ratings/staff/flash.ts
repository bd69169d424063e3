// Paths of the staff review pages, and the message carried back to the list after a reply is saved
// (in router state, shown once as a notification banner).
export const AWAITING_PATH = '/reviews/awaiting-reply';

export const replyPath = (ratingId: string) => `/reviews/${encodeURIComponent(ratingId)}/reply`;

export { changePath } from '@/features/ratings/staff/paths';

/** Where the review is shown to everyone, on its service's reviews page. */
export const publicReviewPath = (serviceSlug: string, ratingId: string) =>
  `/services/${encodeURIComponent(serviceSlug)}/reviews#review-${encodeURIComponent(ratingId)}`;

export interface ReplyFlash {
  kind: 'replied' | 'updated';
  ratingId: string;
  serviceName: string;
  serviceSlug: string;
  /** the reviewer's name; null for imported reviews or when it is not known */
  reviewer: string | null;
  /** where an imported review was collected */
  source: string | null;
  /** the change this save committed the organisation to, if it did */
  changeId: string | null;
}

const text = (value: unknown): value is string => typeof value === 'string';
const textOrNull = (value: unknown): string | null => (text(value) && value ? value : null);

export function readReplyFlash(state: unknown): ReplyFlash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const flash = (state as { flash?: Partial<Record<keyof ReplyFlash, unknown>> }).flash;
  if (!flash || (flash.kind !== 'replied' && flash.kind !== 'updated')) return null;
  if (!text(flash.ratingId) || !text(flash.serviceName) || !text(flash.serviceSlug)) return null;
  return {
    kind: flash.kind,
    ratingId: flash.ratingId,
    serviceName: flash.serviceName,
    serviceSlug: flash.serviceSlug,
    reviewer: textOrNull(flash.reviewer),
    source: textOrNull(flash.source),
    changeId: textOrNull(flash.changeId),
  };
}

// Reviews as the staff pages see them: one waiting for a reply, one imported, one already answered
// with a change committed.
import type { ChangeView, RatingView, ReplyView } from '@/types';
import { SERVICE_REF } from './data';

export const RATING_ID = '77777777-7777-4777-8777-777777777771';
export const IMPORTED_RATING_ID = '77777777-7777-4777-8777-777777777772';
export const CHANGE_ID = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
export const OTHER_SERVICE = {
  id: '22222222-2222-4222-8222-222222222223',
  slug: 'missed-bins',
  name: 'Missed bin collections',
};

export function aReview(overrides: Partial<RatingView> = {}): RatingView {
  return {
    id: RATING_ID,
    serviceId: SERVICE_REF.id,
    overall: 2,
    access: null as unknown as number,
    timeliness: 2,
    courtesy: null as unknown as number,
    outcome: null as unknown as number,
    review: 'The gate was locked on Saturday morning.\n\nNobody answered the phone.',
    usedIn: '2026-11',
    ratedAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    reviewerName: 'Bob Citizen',
    source: null as unknown as string,
    hidden: false,
    reply: null as unknown as ReplyView,
    change: null as unknown as ChangeView,
    yours: false,
    changeableUntil: null as unknown as string,
    version: 1,
    ...overrides,
  };
}

export function anImportedReview(overrides: Partial<RatingView> = {}): RatingView {
  return aReview({
    id: IMPORTED_RATING_ID,
    serviceId: OTHER_SERVICE.id,
    overall: 4,
    review: 'Quick and friendly.',
    reviewerName: null as unknown as string,
    source: 'library-kiosk',
    ratedAt: '2026-11-25T10:00:00Z',
    ...overrides,
  });
}

export function aReply(overrides: Partial<ReplyView> = {}): ReplyView {
  return {
    id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
    body: 'Sorry about that. The gate opens at 8 now.',
    authorName: 'Sam Staff',
    createdAt: '2026-11-22T09:00:00Z',
    updatedAt: '2026-11-22T09:00:00Z',
    version: 4,
    ...overrides,
  };
}

export function aChange(overrides: Partial<ChangeView> = {}): ChangeView {
  return {
    id: CHANGE_ID,
    ratingId: RATING_ID,
    service: SERVICE_REF,
    review: 'The gate was locked on Saturday morning.',
    overall: 2,
    reply: 'Sorry about that. The gate opens at 8 now.',
    what: 'The gate opens at 8 every Saturday.',
    expectedBy: '2027-01-31',
    committedAt: '2026-11-22T09:00:00Z',
    status: 'COMMITTED',
    doneAt: null as unknown as string,
    askedAt: null as unknown as string,
    confirmation: null as unknown as ChangeView['confirmation'],
    yours: false,
    version: 2,
    ...overrides,
  };
}

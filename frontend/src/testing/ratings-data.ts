// Fixtures for the citizen side of ratings: reviews of the community gardens service, its summary
// with and without enough ratings, and a change promised in a reply.
import type { ChangeView, RatingSummaryView, RatingView } from '@/types';
import { SERVICE_REF } from './data';

export const RATING_ID = '88888888-8888-4888-8888-888888888881';
export const OTHER_RATING_ID = '88888888-8888-4888-8888-888888888882';
export const CHANGE_ID = '99999999-9999-4999-8999-999999999991';

const none = null as unknown as number;

export function aChange(overrides: Partial<ChangeView> = {}): ChangeView {
  return {
    id: CHANGE_ID,
    ratingId: RATING_ID,
    service: SERVICE_REF,
    review: 'The gate was locked twice when it should have been open.',
    overall: 2,
    reply: 'Sorry. We have changed who opens the gate.',
    what: 'The gate is opened by 8am every day.',
    expectedBy: '2027-01-31',
    committedAt: '2026-11-02T10:00:00Z',
    status: 'COMMITTED',
    doneAt: null as unknown as string,
    askedAt: null as unknown as string,
    confirmation: null as unknown as ChangeView['confirmation'],
    yours: false,
    version: 1,
    ...overrides,
  };
}

export function aRating(overrides: Partial<RatingView> = {}): RatingView {
  return {
    id: RATING_ID,
    serviceId: SERVICE_REF.id,
    overall: 4,
    access: 3,
    timeliness: none,
    courtesy: 5,
    outcome: none,
    review: 'Friendly volunteers.\n\nThe gate could open earlier.',
    usedIn: '2026-10',
    ratedAt: '2026-11-01T09:30:00Z',
    updatedAt: '2026-11-01T09:30:00Z',
    reviewerName: 'Bob Citizen',
    source: null as unknown as string,
    hidden: false,
    reply: null as unknown as RatingView['reply'],
    change: null as unknown as RatingView['change'],
    yours: false,
    changeableUntil: null as unknown as string,
    version: 2,
    ...overrides,
  };
}

export function aSmallSummary(count = 3): RatingSummaryView {
  return {
    serviceId: SERVICE_REF.id,
    count,
    enoughRatings: false,
    mean: none,
    distribution: null as unknown as RatingSummaryView['distribution'],
    netScore: none,
    dimensions: null as unknown as RatingSummaryView['dimensions'],
    trend: null as unknown as RatingSummaryView['trend'],
  };
}

/** 24 months, oldest first, ending October 2026; only the last month has enough ratings for figures. */
function trend(): RatingSummaryView['trend'] {
  const months = [];
  for (let index = 0; index < 24; index += 1) {
    const date = new Date(Date.UTC(2024, 10 + index, 1));
    const month = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    const last = index === 23;
    months.push({ month, count: last ? 12 : index % 3, mean: last ? 4.08 : none, netScore: last ? 50 : none });
  }
  return months;
}

export function aSummary(overrides: Partial<RatingSummaryView> = {}): RatingSummaryView {
  return {
    serviceId: SERVICE_REF.id,
    count: 128,
    enoughRatings: true,
    mean: 3.85,
    distribution: [
      { score: 1, count: 10 },
      { score: 2, count: 13 },
      { score: 3, count: 21 },
      { score: 4, count: 23 },
      { score: 5, count: 61 },
    ],
    netScore: 42.5,
    dimensions: [
      { dimension: 'access', count: 97, mean: 3.41 },
      { dimension: 'timeliness', count: 3, mean: none },
      { dimension: 'courtesy', count: 80, mean: 4.5 },
      { dimension: 'outcome', count: 60, mean: 3.24 },
    ],
    trend: trend(),
    ...overrides,
  };
}

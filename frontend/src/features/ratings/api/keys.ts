// Query keys of ratings and of the changes promised in replies. Saving a rating changes the
// service's summary, its reviews and my rating together, so mutations invalidate by these prefixes.
import type { ChangeSearch } from './changes';
import type { ReviewSearch } from './get-reviews';

export const ratingsKeys = {
  all: ['ratings'] as const,
  service: (slug: string) => [...ratingsKeys.all, 'service', slug] as const,
  summary: (slug: string) => [...ratingsKeys.service(slug), 'summary'] as const,
  reviewLists: (slug: string) => [...ratingsKeys.service(slug), 'reviews'] as const,
  reviews: (slug: string, search: ReviewSearch) => [...ratingsKeys.reviewLists(slug), search] as const,
  latest: (slug: string) => [...ratingsKeys.service(slug), 'latest'] as const,
  mine: (slug: string) => [...ratingsKeys.service(slug), 'mine'] as const,
  item: (id: string) => [...ratingsKeys.all, 'item', id] as const,
  changes: ['changes'] as const,
  changeLists: () => [...ratingsKeys.changes, 'list'] as const,
  changeList: (search: ChangeSearch) => [...ratingsKeys.changeLists(), search] as const,
  change: (id: string) => [...ratingsKeys.changes, 'item', id] as const,
};

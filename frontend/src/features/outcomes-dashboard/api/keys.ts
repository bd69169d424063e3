// Query keys of the outcomes dashboard: a service's record and the overview for a period, a
// service's value of time, the staff monitors and the open data catalogue. Changing a service's
// value of time changes its records and the overview, so those keys share prefixes to invalidate.
import type { Period } from '../period';

export const dashboardKeys = {
  all: ['outcomes-dashboard'] as const,
  records: () => [...dashboardKeys.all, 'record'] as const,
  serviceRecords: (slug: string) => [...dashboardKeys.records(), slug] as const,
  record: (slug: string, period: Period) => [...dashboardKeys.serviceRecords(slug), period] as const,
  overviews: () => [...dashboardKeys.all, 'overview'] as const,
  overview: (period: Period) => [...dashboardKeys.overviews(), period] as const,
  timeValue: (idOrSlug: string) => [...dashboardKeys.all, 'time-value', idOrSlug] as const,
  monitors: () => [...dashboardKeys.all, 'monitors'] as const,
  openData: () => [...dashboardKeys.all, 'open-data'] as const,
};

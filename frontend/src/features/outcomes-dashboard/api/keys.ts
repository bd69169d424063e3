// Query keys of the outcomes dashboard: a service's record and the overview for a period, the staff
// monitors and the open data catalogue.
import type { Period } from '../period';

export const dashboardKeys = {
  all: ['outcomes-dashboard'] as const,
  record: (slug: string, period: Period) => [...dashboardKeys.all, 'record', slug, period] as const,
  overview: (period: Period) => [...dashboardKeys.all, 'overview', period] as const,
  monitors: () => [...dashboardKeys.all, 'monitors'] as const,
  openData: () => [...dashboardKeys.all, 'open-data'] as const,
};

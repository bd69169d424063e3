// Query keys of the citizen side of volunteering. A sign-up or cancellation moves places, waitlists,
// my shifts and my hours together, so mutations invalidate by these prefixes.
import type { OpportunitySearch } from './get-opportunities';

export const volunteeringKeys = {
  all: ['volunteering'] as const,
  /** shared with the staff pages: the same settings, fetched once */
  settings: () => ['volunteering-settings'] as const,
  opportunityLists: () => [...volunteeringKeys.all, 'opportunities'] as const,
  opportunityList: (search: OpportunitySearch) => [...volunteeringKeys.opportunityLists(), search] as const,
  opportunity: (id: string) => [...volunteeringKeys.all, 'opportunity', id] as const,
  shiftLists: () => [...volunteeringKeys.all, 'shifts'] as const,
  shifts: (opportunityId: string) => [...volunteeringKeys.shiftLists(), opportunityId] as const,
  mySignups: () => [...volunteeringKeys.all, 'my-signups'] as const,
  mySignupList: (when: 'upcoming' | 'past' | 'all-upcoming') => [...volunteeringKeys.mySignups(), when] as const,
  hours: () => [...volunteeringKeys.all, 'hours'] as const,
  calendar: () => [...volunteeringKeys.all, 'calendar'] as const,
  contributions: () => [...volunteeringKeys.all, 'contributions'] as const,
  kinds: (serviceId: string) => [...volunteeringKeys.all, 'kinds', serviceId] as const,
};

// Query keys of the staff side of volunteering. Rosters and shift lists are invalidated after every
// change to a sign-up, because places, waitlists and attendance move together.
export const staffVolunteeringKeys = {
  all: ['volunteering-staff'] as const,
  settings: () => ['volunteering-settings'] as const,
  services: (scope: string) => [...staffVolunteeringKeys.all, 'services', scope] as const,
  opportunity: (id: string) => [...staffVolunteeringKeys.all, 'opportunity', id] as const,
  shiftLists: () => [...staffVolunteeringKeys.all, 'shifts'] as const,
  shifts: (opportunityId: string) => [...staffVolunteeringKeys.shiftLists(), opportunityId] as const,
  shift: (shiftId: string) => [...staffVolunteeringKeys.all, 'shift', shiftId] as const,
  rosters: () => [...staffVolunteeringKeys.all, 'roster'] as const,
  roster: (shiftId: string) => [...staffVolunteeringKeys.rosters(), shiftId] as const,
  kinds: (serviceId: string) => [...staffVolunteeringKeys.all, 'kinds', serviceId] as const,
};

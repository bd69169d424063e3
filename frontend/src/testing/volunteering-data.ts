// Fixtures for the citizen side of volunteering: a published opportunity of the community gardens
// service, its shifts in each sign-up state, my sign-ups, hours and everyday contributions.
import type {
  ContributionKindView,
  ContributionView,
  HoursView,
  OpportunityView,
  ShiftView,
  SignupView,
  VolunteeringSettingsView,
} from '@/types';
import { SERVICE_REF } from './data';

export const OPPORTUNITY_ID = '77777777-7777-4777-8777-777777777777';
export const OPEN_SHIFT_ID = '77777777-0000-4000-8000-000000000001';
export const FULL_SHIFT_ID = '77777777-0000-4000-8000-000000000002';
export const LATER_SHIFT_ID = '77777777-0000-4000-8000-000000000003';
export const CLOSED_SHIFT_ID = '77777777-0000-4000-8000-000000000004';
export const KIND_ID = '77777777-1111-4111-8111-000000000001';

export const VOLUNTEERING_SETTINGS: VolunteeringSettingsView = {
  timeZone: 'Europe/London',
  burdenLimitHours: 16,
  burdenWindowDays: 7,
};

export function anOpportunity(overrides: Partial<OpportunityView> = {}): OpportunityView {
  return {
    id: OPPORTUNITY_ID,
    service: SERVICE_REF,
    title: 'Litter pick in Riverside Park',
    description: 'Help keep the park clean.\n\nWe meet at the main gate.',
    placeName: 'Main gate, Riverside Park',
    latitude: null as unknown as number,
    longitude: null as unknown as number,
    skills: ['teamwork'],
    whatToBring: 'Sturdy shoes',
    minimumAge: 16,
    checks: ['safeguarding'],
    state: 'PUBLISHED',
    nextShiftAt: '2099-06-06T09:00:00Z',
    placesLeft: 2,
    version: 4,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-02T09:00:00Z',
    ...overrides,
  };
}

/** Saturday 6 June 2099, 10:00 to 13:00 BST, open for sign-up with 2 places left. */
export function aShift(overrides: Partial<ShiftView> = {}): ShiftView {
  return {
    id: OPEN_SHIFT_ID,
    opportunityId: OPPORTUNITY_ID,
    startsAt: '2099-06-06T09:00:00Z',
    endsAt: '2099-06-06T12:00:00Z',
    hours: 3,
    capacity: 4,
    extraPlaces: 0,
    confirmedCount: 2,
    placesLeft: 2,
    waitlistLength: 0,
    signupOpensAt: '2026-01-01T09:00:00Z',
    signupClosesAt: '2099-06-06T09:00:00Z',
    cancelDeadline: '2099-06-05T09:00:00Z',
    signupOpen: true,
    checkInCode: null as unknown as string,
    version: 1,
    ...overrides,
  };
}

/** Open, full, not open yet and closed: every state the shift picker shows. */
export function theShifts(): ShiftView[] {
  return [
    aShift(),
    aShift({
      id: FULL_SHIFT_ID,
      startsAt: '2099-06-13T09:00:00Z',
      endsAt: '2099-06-13T11:30:00Z',
      hours: 2.5,
      confirmedCount: 4,
      placesLeft: 0,
      waitlistLength: 3,
    }),
    aShift({
      id: LATER_SHIFT_ID,
      startsAt: '2099-07-04T09:00:00Z',
      endsAt: '2099-07-04T12:00:00Z',
      signupOpensAt: '2099-06-20T08:00:00Z',
      signupOpen: false,
    }),
    aShift({
      id: CLOSED_SHIFT_ID,
      startsAt: '2099-05-30T09:00:00Z',
      endsAt: '2099-05-30T12:00:00Z',
      signupClosesAt: '2026-01-02T09:00:00Z',
      signupOpen: false,
    }),
  ];
}

export function aSignup(overrides: Partial<SignupView> = {}): SignupView {
  return {
    id: 'signup-1',
    shift: {
      id: OPEN_SHIFT_ID,
      opportunityId: OPPORTUNITY_ID,
      opportunityTitle: 'Litter pick in Riverside Park',
      placeName: 'Main gate, Riverside Park',
      startsAt: '2099-06-06T09:00:00Z',
      endsAt: '2099-06-06T12:00:00Z',
    },
    person: { id: '66666666-6666-4666-8666-666666666666', displayName: 'Alice Citizen' },
    status: 'CONFIRMED',
    waitlistPosition: null as unknown as number,
    attendance: null as unknown as SignupView['attendance'],
    hours: null as unknown as number,
    hoursApproved: false,
    checkedInAt: null as unknown as string,
    createdAt: '2026-01-05T09:00:00Z',
    version: 1,
    ...overrides,
  };
}

/** A sign-up for a shift that started `minutesAgo` minutes ago (negative: starts in that many minutes). */
export function aSignupStartingAround(minutesAgo: number, overrides: Partial<SignupView> = {}): SignupView {
  const start = Date.now() - minutesAgo * 60_000;
  const signup = aSignup(overrides);
  return {
    ...signup,
    shift: {
      ...signup.shift,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * 3_600_000).toISOString(),
      ...overrides.shift,
    },
  };
}

export function someHours(overrides: Partial<HoursView> = {}): HoursView {
  return { approvedHours: 12.5, pendingHours: 3, shiftsAttended: 5, contributions: 2, contributionHours: 4, ...overrides };
}

export const LITTER_KIND: ContributionKindView = { id: KIND_ID, serviceId: SERVICE_REF.id, name: 'Litter picking' };

export function aContribution(overrides: Partial<ContributionView> = {}): ContributionView {
  return {
    id: 'contribution-1',
    service: SERVICE_REF,
    kind: LITTER_KIND,
    date: '2026-03-14',
    hours: 1.5,
    note: 'Cleared the path by the pond.',
    createdAt: '2026-03-14T18:00:00Z',
    ...overrides,
  };
}

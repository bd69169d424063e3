// Fixtures for the staff side of volunteering: an opportunity of the community gardens service,
// its shifts (one long past, one far ahead), sign-ups and rosters.
import type { OpportunityView, Roster, ShiftView, SignupView, VolunteeringSettingsView } from '@/types';
import { SERVICE_REF } from './data';

export const OPPORTUNITY_ID = '88888888-8888-4888-8888-888888888888';
export const PAST_SHIFT_ID = '99999999-9999-4999-8999-999999999991';
export const FUTURE_SHIFT_ID = '99999999-9999-4999-8999-999999999992';
export const OTHER_SHIFT_ID = '99999999-9999-4999-8999-999999999993';

export const SETTINGS: VolunteeringSettingsView = { timeZone: 'Europe/London', burdenLimitHours: 16, burdenWindowDays: 7 };

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
    checks: [],
    state: 'PUBLISHED',
    nextShiftAt: '2099-06-06T09:00:00Z',
    placesLeft: 2,
    version: 4,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-02T09:00:00Z',
    ...overrides,
  };
}

export function aShift(overrides: Partial<ShiftView> = {}): ShiftView {
  return {
    id: FUTURE_SHIFT_ID,
    opportunityId: OPPORTUNITY_ID,
    // Saturday 6 June 2099, 10:00 to 13:00 BST
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
    checkInCode: 'K7Q4M2',
    version: 1,
    ...overrides,
  };
}

/** A shift that has started (and ended): attendance can be recorded. Saturday 6 June 2026, 10:00 to 12:30 BST. */
export function aPastShift(overrides: Partial<ShiftView> = {}): ShiftView {
  return aShift({
    id: PAST_SHIFT_ID,
    startsAt: '2026-06-06T09:00:00Z',
    endsAt: '2026-06-06T11:30:00Z',
    hours: 2.5,
    signupClosesAt: '2026-06-06T09:00:00Z',
    cancelDeadline: '2026-06-05T09:00:00Z',
    signupOpen: false,
    checkInCode: 'P3X9T1',
    ...overrides,
  });
}

export const BOB_VOLUNTEER = { id: '44444444-4444-4444-8444-444444444444', displayName: 'Bob Citizen', email: 'bob@example.org' };
export const CAROL = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1', displayName: 'Carol Jones', email: 'carol@example.org' };
export const DEV = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2', displayName: 'Dev Patel', email: 'dev@example.org' };
export const ERIN = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa3', displayName: 'Erin Hughes', email: 'erin@example.org' };

export function aSignup(overrides: Partial<SignupView> = {}): SignupView {
  return {
    id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1',
    shift: { id: FUTURE_SHIFT_ID, opportunityId: OPPORTUNITY_ID, opportunityTitle: 'Litter pick in Riverside Park' },
    person: BOB_VOLUNTEER,
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

/** Bob and Carol confirmed; Dev then Erin waiting. */
export function aRoster(shift: ShiftView = aShift(), overrides: Partial<Roster> = {}): Roster {
  return {
    shift,
    confirmed: [
      aSignup({ id: 'signup-bob', person: BOB_VOLUNTEER }),
      aSignup({ id: 'signup-carol', person: CAROL }),
    ],
    waitlisted: [
      aSignup({ id: 'signup-dev', person: DEV, status: 'WAITLISTED', waitlistPosition: 1 }),
      aSignup({ id: 'signup-erin', person: ERIN, status: 'WAITLISTED', waitlistPosition: 2 }),
    ],
    ...overrides,
  };
}

import type { ChallengeView, IdeaView, MeView, ServiceView } from '@/types';

export const PARKS_ORG = { id: '11111111-1111-4111-8111-111111111111', slug: 'riverside-council', name: 'Riverside Council' };

export function aService(overrides: Partial<ServiceView> = {}): ServiceView {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    slug: 'community-gardens',
    name: 'Community gardens',
    summary: 'Grow food with your neighbours.',
    description: 'First paragraph.\n\nSecond paragraph.',
    category: 'PARKS_AND_GREEN_SPACES',
    organisation: PARKS_ORG,
    areaServed: 'Riverside',
    contact: { email: 'gardens@example.org', phone: '01234 567890', website: 'https://example.org/gardens' },
    active: true,
    version: 3,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-02T09:00:00Z',
    ...overrides,
  };
}

export function aStaffMember(overrides: Partial<MeView> = {}): MeView {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    displayName: 'Sam Staff',
    email: 'sam@example.org',
    roles: ['citizen', 'staff'],
    staffOf: [PARKS_ORG],
    // the API says null when no language was chosen; the generated type says string
    language: null as unknown as string,
    ...overrides,
  };
}

export const SERVICE_REF = {
  id: '22222222-2222-4222-8222-222222222222',
  slug: 'community-gardens',
  name: 'Community gardens',
  organisationId: PARKS_ORG.id,
};

export const BOB = { id: '44444444-4444-4444-8444-444444444444', displayName: 'Bob Citizen' };

export function anIdea(overrides: Partial<IdeaView> = {}): IdeaView {
  return {
    id: '55555555-5555-4555-8555-555555555555',
    service: SERVICE_REF,
    challengeId: null as unknown as string,
    author: BOB,
    coauthors: [],
    title: 'Lights on the riverside path',
    body: 'The path is dark by 5pm in winter.\n\nSolar lights would help.',
    placeName: 'Mill Bridge',
    latitude: null as unknown as number,
    longitude: null as unknown as number,
    tags: ['lighting', 'safety'],
    status: 'SUBMITTED',
    supportCount: 3,
    version: 1,
    createdAt: '2026-12-01T09:30:00Z',
    updatedAt: '2026-12-01T09:30:00Z',
    answeredAt: null as unknown as string,
    hidden: false,
    ...overrides,
  };
}

export function aCitizen(overrides: Partial<MeView> = {}): MeView {
  return {
    id: '66666666-6666-4666-8666-666666666666',
    displayName: 'Alice Citizen',
    email: 'alice@example.org',
    roles: ['citizen'],
    staffOf: [],
    // the API says null when no language was chosen; the generated type says string
    language: null as unknown as string,
    ...overrides,
  };
}

export function aChallenge(overrides: Partial<ChallengeView> = {}): ChallengeView {
  return {
    id: '77777777-7777-4777-8777-777777777777',
    service: SERVICE_REF,
    title: 'How can we make the riverside path feel safer after dark?',
    brief: 'People tell us the path feels unsafe.\n\nWhat would help?',
    state: 'OPEN',
    opensOn: '2026-12-01',
    closesOn: '2027-01-31',
    budgetHint: 'Up to £20,000',
    acceptingIdeas: true,
    version: 1,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    ...overrides,
  };
}

import type { MeView, ServiceView } from '@/types';

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
    ...overrides,
  };
}

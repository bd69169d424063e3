import type { ServiceCategory } from '@/types';

/** Every service category, in the order people see them; labels are `categories.<CODE>` in i18n. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  'PARKS_AND_GREEN_SPACES',
  'WASTE_AND_RECYCLING',
  'LIBRARIES',
  'HOUSING',
  'HEALTH_AND_WELLBEING',
  'TRANSPORT_AND_STREETS',
  'COMMUNITY_SAFETY',
  'CHILDREN_AND_YOUNG_PEOPLE',
  'ADULT_SOCIAL_CARE',
  'LEISURE_AND_CULTURE',
];

export function isServiceCategory(value: string | null | undefined): value is ServiceCategory {
  return SERVICE_CATEGORIES.includes(value as ServiceCategory);
}

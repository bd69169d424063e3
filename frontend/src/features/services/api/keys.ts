import type { ServiceSearch } from './get-services';

export const servicesKeys = {
  all: ['services'] as const,
  lists: () => [...servicesKeys.all, 'list'] as const,
  list: (search: ServiceSearch) => [...servicesKeys.lists(), search] as const,
  item: (slug: string) => [...servicesKeys.all, 'item', slug] as const,
  areas: () => ['service-areas'] as const,
};

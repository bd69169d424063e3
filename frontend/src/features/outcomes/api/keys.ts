// Query keys of outcomes. Saving an initiative changes its page and its service's list; recording
// observations changes the indicator, its observations, its service's list and every evaluation.
export const outcomesKeys = {
  all: ['outcomes'] as const,
  initiatives: () => [...outcomesKeys.all, 'initiatives'] as const,
  serviceInitiatives: (service: string) => [...outcomesKeys.initiatives(), 'service', service] as const,
  initiative: (id: string) => [...outcomesKeys.initiatives(), 'item', id] as const,
  evaluations: () => [...outcomesKeys.all, 'evaluations'] as const,
  evaluation: (id: string, months: number) => [...outcomesKeys.evaluations(), id, months] as const,
  indicators: () => [...outcomesKeys.all, 'indicators'] as const,
  serviceIndicators: (service: string) => [...outcomesKeys.indicators(), 'service', service] as const,
  indicator: (id: string) => [...outcomesKeys.indicators(), 'item', id] as const,
  observations: (id: string) => [...outcomesKeys.indicators(), 'observations', id] as const,
};

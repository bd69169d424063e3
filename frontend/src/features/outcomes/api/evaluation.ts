// An initiative's before/after evaluation over N months each side of its start. A 409 means no
// indicator has observations on both sides yet: a state to explain, not a failure to retry.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EvaluationView } from '@/types';
import { outcomesKeys } from './keys';

/** The choices offered; the URL may ask for any whole number of months the API takes. */
export const EVALUATION_MONTHS = [3, 6, 12] as const;
export const DEFAULT_MONTHS = 6;
export const MIN_MONTHS = 1;
export const MAX_MONTHS = 36;

/** ?months= as a number the API accepts, or the default. */
export function monthsFromParam(value: string | null): number {
  if (!value || !/^\d{1,2}$/.test(value)) return DEFAULT_MONTHS;
  const months = Number(value);
  return months >= MIN_MONTHS && months <= MAX_MONTHS ? months : DEFAULT_MONTHS;
}

export function getEvaluation(id: string, months: number, signal?: AbortSignal): Promise<EvaluationView> {
  return api.get<EvaluationView>(`/api/v1/initiatives/${encodeURIComponent(id)}/evaluation`, { months }, signal);
}

export function useEvaluation(id: string, months: number) {
  return useQuery({
    queryKey: outcomesKeys.evaluation(id, months),
    queryFn: ({ signal }) => getEvaluation(id, months, signal),
    enabled: id !== '',
  });
}

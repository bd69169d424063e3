// Outcome indicators of a service and their dated observations: listed on the service page, one on
// its own page with its observations oldest first ("Show more"), defined by staff, and observations
// recorded one at a time (JSON) or uploaded as a CSV file (text/csv, rejected whole on any bad line).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { ApiError, CSRF_COOKIE, CSRF_HEADER, api, readCookie, setLanguageHeader } from '@/lib/api-client';
import type {
  IndicatorInput,
  IndicatorList,
  IndicatorView,
  ObservationPage,
  ObservationValue,
  ObservationView,
  Problem,
} from '@/types';
import { outcomesKeys } from './keys';

export const OBSERVATIONS_PAGE_SIZE = 100;

export function getIndicators(service: string, signal?: AbortSignal): Promise<IndicatorList> {
  return api.get<IndicatorList>('/api/v1/indicators', { service }, signal);
}

/** A service's indicators (by slug or id), by name. */
export function useServiceIndicators(service: string) {
  return useQuery({
    queryKey: outcomesKeys.serviceIndicators(service),
    queryFn: ({ signal }) => getIndicators(service, signal),
    enabled: service !== '',
  });
}

export function getIndicator(id: string, signal?: AbortSignal): Promise<IndicatorView> {
  return api.get<IndicatorView>(`/api/v1/indicators/${encodeURIComponent(id)}`, undefined, signal);
}

export function useIndicator(id: string) {
  return useQuery({
    queryKey: outcomesKeys.indicator(id),
    queryFn: ({ signal }) => getIndicator(id, signal),
    enabled: id !== '',
  });
}

export function getObservations(id: string, cursor?: string, signal?: AbortSignal): Promise<ObservationPage> {
  return api.get<ObservationPage>(
    `/api/v1/indicators/${encodeURIComponent(id)}/observations`,
    { limit: OBSERVATIONS_PAGE_SIZE, cursor },
    signal,
  );
}

export function useObservations(id: string) {
  return useInfiniteQuery({
    queryKey: outcomesKeys.observations(id),
    queryFn: ({ pageParam, signal }) => getObservations(id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled: id !== '',
  });
}

/** Every loaded observation once (one per date), oldest first. */
export function loadedObservations(data: InfiniteData<ObservationPage, unknown> | undefined): ObservationView[] {
  const seen = new Set<string>();
  return (data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((item) => !seen.has(item.observedOn) && !!seen.add(item.observedOn));
}

export interface CreateIndicatorVariables {
  input: IndicatorInput;
  idempotencyKey: string;
}

export function createIndicator({ input, idempotencyKey }: CreateIndicatorVariables): Promise<IndicatorView> {
  return api.post<IndicatorView>('/api/v1/indicators', input, idempotencyKey);
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIndicator,
    onSuccess: (indicator) => {
      queryClient.setQueryData(outcomesKeys.indicator(indicator.id), indicator);
      void queryClient.invalidateQueries({ queryKey: [...outcomesKeys.indicators(), 'service'] });
      void queryClient.invalidateQueries({ queryKey: outcomesKeys.evaluations() });
    },
  });
}

/** problem+json (or anything else) from a refused request, as the ApiError the rest of the portal uses. */
async function problemOf(response: Response): Promise<ApiError> {
  let body: Partial<Problem> = {};
  if ((response.headers.get('Content-Type') ?? '').includes('json')) {
    try {
      body = (await response.json()) as Partial<Problem>;
    } catch {
      // the status line will do
    }
  }
  return new ApiError({
    type: body.type ?? 'about:blank',
    title: body.title ?? (response.statusText || 'Error'),
    status: body.status ?? response.status,
    detail: body.detail,
    requestId: body.requestId ?? response.headers.get('X-Request-Id') ?? undefined,
    errors: Array.isArray(body.errors) ? body.errors : undefined,
  });
}

/**
 * POST the CSV text as it is (Content-Type text/csv): api-client only sends JSON, so this sets the
 * same headers it would (CSRF, Idempotency-Key, Accept-Language) itself.
 */
export async function uploadObservationsCsv(id: string, csv: string, idempotencyKey: string): Promise<IndicatorView> {
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    'Content-Type': 'text/csv',
    'Idempotency-Key': idempotencyKey,
  });
  setLanguageHeader(headers);
  const csrf = readCookie(CSRF_COOKIE);
  if (csrf) headers.set(CSRF_HEADER, csrf);
  let response: Response;
  try {
    response = await fetch(`/api/v1/indicators/${encodeURIComponent(id)}/observations`, {
      method: 'POST',
      headers,
      body: csv,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as IndicatorView;
}

export type RecordObservationsVariables =
  | { kind: 'values'; indicatorId: string; observations: ObservationValue[]; idempotencyKey: string }
  | { kind: 'csv'; indicatorId: string; csv: string; idempotencyKey: string };

export function recordObservations(variables: RecordObservationsVariables): Promise<IndicatorView> {
  if (variables.kind === 'csv') {
    return uploadObservationsCsv(variables.indicatorId, variables.csv, variables.idempotencyKey);
  }
  return api.post<IndicatorView>(
    `/api/v1/indicators/${encodeURIComponent(variables.indicatorId)}/observations`,
    { observations: variables.observations },
    variables.idempotencyKey,
  );
}

/** Records observations; the indicator, its observations, its service's list and the evaluations are refreshed. */
export function useRecordObservations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordObservations,
    onSuccess: (indicator) => {
      queryClient.setQueryData(outcomesKeys.indicator(indicator.id), indicator);
      void queryClient.invalidateQueries({ queryKey: outcomesKeys.observations(indicator.id) });
      void queryClient.invalidateQueries({ queryKey: [...outcomesKeys.indicators(), 'service'] });
      void queryClient.invalidateQueries({ queryKey: outcomesKeys.evaluations() });
    },
  });
}

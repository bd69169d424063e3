// My rating of a service (within the rating window), to change it rather than rate again;
// saving a new one (POST) or a changed one (PUT with If-Match).
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { RatingInput, RatingView } from '@/types';
import { ratingsKeys } from './keys';

const ratingsPath = (slug: string) => `/api/v1/services/${encodeURIComponent(slug)}/ratings`;

/** null when I have not rated the service in the window (the API answers 404). */
export async function getMyRating(slug: string, signal?: AbortSignal): Promise<RatingView | null> {
  try {
    return await api.get<RatingView>(`${ratingsPath(slug)}/mine`, undefined, signal);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export function useMyRating(slug: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ratingsKeys.mine(slug),
    queryFn: ({ signal }) => getMyRating(slug, signal),
    enabled: enabled && slug !== '',
    // what the form starts from: always fresh, so its version is the current one
    staleTime: 0,
  });
}

function saved(queryClient: QueryClient, slug: string, rating: RatingView) {
  queryClient.setQueryData(ratingsKeys.mine(slug), rating);
  queryClient.setQueryData(ratingsKeys.item(rating.id), rating);
  void queryClient.invalidateQueries({ queryKey: ratingsKeys.summary(slug) });
  void queryClient.invalidateQueries({ queryKey: ratingsKeys.reviewLists(slug) });
  void queryClient.invalidateQueries({ queryKey: ratingsKeys.latest(slug) });
}

export interface CreateRatingVariables {
  slug: string;
  input: RatingInput;
  idempotencyKey: string;
}

export function createRating({ slug, input, idempotencyKey }: CreateRatingVariables): Promise<RatingView> {
  return api.post<RatingView>(ratingsPath(slug), input, idempotencyKey);
}

export function useCreateRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRating,
    onSuccess: (rating, { slug }) => saved(queryClient, slug, rating),
  });
}

export interface UpdateRatingVariables {
  slug: string;
  id: string;
  /** the version the change was made to; a newer one on the server answers 412 */
  version: number;
  input: RatingInput;
}

export function updateRating({ id, version, input }: UpdateRatingVariables): Promise<RatingView> {
  return api.put<RatingView>(`/api/v1/ratings/${encodeURIComponent(id)}`, input, version);
}

export function useUpdateRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRating,
    onSuccess: (rating, { slug }) => saved(queryClient, slug, rating),
  });
}

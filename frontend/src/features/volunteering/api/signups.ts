// Signing up for a shift, cancelling, checking in, and the list of my sign-ups.
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { SignupPage, SignupView } from '@/types';
import { volunteeringKeys } from './keys';

export const SIGNUPS_PAGE_SIZE = 20;

export function getMySignups(when: 'upcoming' | 'past', cursor?: string, limit = SIGNUPS_PAGE_SIZE, signal?: AbortSignal) {
  return api.get<SignupPage>('/api/v1/me/signups', { when, limit, cursor }, signal);
}

/** My upcoming or past sign-ups, a page at a time. */
export function useMySignups(when: 'upcoming' | 'past', { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: volunteeringKeys.mySignupList(when),
    queryFn: ({ pageParam, signal }) => getMySignups(when, pageParam, SIGNUPS_PAGE_SIZE, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor || undefined,
    enabled,
  });
}

/** My places and waitlist places on upcoming shifts, by shift id: what the shift picker marks as mine. */
export function useMyUpcomingByShift({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: volunteeringKeys.mySignupList('all-upcoming'),
    queryFn: async ({ signal }) => {
      const page = await getMySignups('upcoming', undefined, 100, signal);
      const byShift = new Map<string, SignupView>();
      for (const signup of page.items) {
        if (signup.shift.id && isActive(signup)) byShift.set(signup.shift.id, signup);
      }
      return byShift;
    },
    enabled,
  });
}

export function isActive(signup: SignupView): boolean {
  return signup.status === 'CONFIRMED' || signup.status === 'WAITLISTED';
}

export function loadedSignups(data: InfiniteData<SignupPage, unknown> | undefined): SignupView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

/** Places, waitlists, my shifts and my hours move together. */
function refreshAfterSignupChange(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: volunteeringKeys.shiftLists() });
  void queryClient.invalidateQueries({ queryKey: volunteeringKeys.opportunityLists() });
  void queryClient.invalidateQueries({ queryKey: [...volunteeringKeys.all, 'opportunity'] });
  void queryClient.invalidateQueries({ queryKey: volunteeringKeys.mySignups() });
  void queryClient.invalidateQueries({ queryKey: volunteeringKeys.hours() });
}

export interface SignUpVariables {
  shiftId: string;
  confirmsMinimumAge?: boolean;
}

export async function signUp({ shiftId, confirmsMinimumAge }: SignUpVariables): Promise<SignupView> {
  const body = confirmsMinimumAge === undefined ? {} : { confirmsMinimumAge };
  return api.post<SignupView>(`/api/v1/shifts/${encodeURIComponent(shiftId)}/signups`, body);
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signUp, onSuccess: () => refreshAfterSignupChange(queryClient) });
}

/** No If-Match: a waitlist move changes the version, and cancelling should still work. */
export async function cancelSignup(signupId: string): Promise<SignupView> {
  return (await apiRequest<SignupView>(`/api/v1/signups/${encodeURIComponent(signupId)}`, { method: 'DELETE' })).data;
}

export function useCancelSignup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelSignup, onSuccess: () => refreshAfterSignupChange(queryClient) });
}

export interface CheckInVariables {
  shiftId: string;
  code: string;
}

export function checkIn({ shiftId, code }: CheckInVariables): Promise<SignupView> {
  return api.post<SignupView>(`/api/v1/shifts/${encodeURIComponent(shiftId)}/check-in`, { code });
}

export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: checkIn, onSuccess: () => refreshAfterSignupChange(queryClient) });
}

// The roster of a shift and everything staff do with it: assign, move, remove, attendance, hours, checks.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { AssignmentInput, AttendanceInput, MoveInput, Roster, SignupView } from '@/types';
import { staffVolunteeringKeys } from './keys';

const shiftPath = (shiftId: string) => `/api/v1/shifts/${encodeURIComponent(shiftId)}`;
const signupPath = (signupId: string) => `/api/v1/signups/${encodeURIComponent(signupId)}`;

/** Where the roster downloads as CSV (a plain link: the browser sends the session cookie). */
export const rosterCsvUrl = (shiftId: string) => `${shiftPath(shiftId)}/signups.csv`;

export function getRoster(shiftId: string, signal?: AbortSignal): Promise<Roster> {
  return api.get<Roster>(`${shiftPath(shiftId)}/signups`, undefined, signal);
}

export function useRoster(shiftId: string | undefined) {
  return useQuery({
    queryKey: staffVolunteeringKeys.roster(shiftId ?? ''),
    queryFn: ({ signal }) => getRoster(shiftId!, signal),
    enabled: !!shiftId,
  });
}

/** After any change to sign-ups: every roster and shift list may show other counts now. */
function refreshRostersAndShifts(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.rosters() });
  void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.shiftLists() });
}

export interface AssignVariables {
  shiftId: string;
  input: AssignmentInput;
}

export interface AssignResult {
  signup: SignupView;
  /** false when they already had a place or came off the waitlist (200) */
  created: boolean;
}

export async function assign({ shiftId, input }: AssignVariables): Promise<AssignResult> {
  const response = await apiRequest<SignupView>(`${shiftPath(shiftId)}/assignments`, { method: 'POST', body: input });
  return { signup: response.data, created: response.status === 201 };
}

export function useAssign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: assign, onSuccess: () => refreshRostersAndShifts(queryClient) });
}

export interface MoveVariables {
  signupId: string;
  input: MoveInput;
}

export function moveSignup({ signupId, input }: MoveVariables): Promise<SignupView> {
  return api.post<SignupView>(`${signupPath(signupId)}/move`, input);
}

export function useMoveSignup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveSignup, onSuccess: () => refreshRostersAndShifts(queryClient) });
}

/** Staff take someone off a shift; the first on the waitlist gets the place and is told. */
export async function removeSignup(signupId: string): Promise<SignupView> {
  return (await apiRequest<SignupView>(signupPath(signupId), { method: 'DELETE' })).data;
}

export function useRemoveSignup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeSignup, onSuccess: () => refreshRostersAndShifts(queryClient) });
}

export interface AttendanceVariables {
  signupId: string;
  input: AttendanceInput;
}

export async function recordAttendance({ signupId, input }: AttendanceVariables): Promise<SignupView> {
  return (await apiRequest<SignupView>(`${signupPath(signupId)}/attendance`, { method: 'PUT', body: input })).data;
}

export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordAttendance, onSuccess: () => refreshRostersAndShifts(queryClient) });
}

/** Approves the hours of everyone marked as attended; answers with the roster. */
export function approveAllHours(shiftId: string): Promise<Roster> {
  return api.post<Roster>(`${shiftPath(shiftId)}/approve-hours`, undefined);
}

export function useApproveAllHours() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveAllHours,
    onSuccess: (roster, shiftId) => {
      queryClient.setQueryData(staffVolunteeringKeys.roster(shiftId), roster);
      refreshRostersAndShifts(queryClient);
    },
  });
}

export interface ConfirmCheckVariables {
  shiftId: string;
  personId: string;
  check: string;
}

/** Confirms a check (such as safeguarding) for a person, for every opportunity of the organisation. */
export async function confirmCheck({ shiftId, personId, check }: ConfirmCheckVariables): Promise<void> {
  await apiRequest<void>(
    `${shiftPath(shiftId)}/checks/${encodeURIComponent(personId)}/${encodeURIComponent(check)}`,
    { method: 'PUT' },
  );
}

export function useConfirmCheck() {
  return useMutation({ mutationFn: confirmCheck });
}

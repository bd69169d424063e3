import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { volunteeringKeys } from '@/features/volunteering/api/keys';
import { api } from '@/lib/api-client';
import type { ShiftInput, ShiftPage, ShiftView } from '@/types';
import { staffVolunteeringKeys } from './keys';

const shiftPath = (shiftId: string) => `/api/v1/shifts/${encodeURIComponent(shiftId)}`;
const path = (opportunityId: string) => `/api/v1/opportunities/${encodeURIComponent(opportunityId)}/shifts`;

/** At most this many pages of 100: more shifts than any one opportunity runs. */
const MAX_PAGES = 10;

/** Every shift of the opportunity, past and upcoming, earliest first (staff also see check-in codes). */
export async function getAllShifts(opportunityId: string, signal?: AbortSignal): Promise<ShiftView[]> {
  const shifts: ShiftView[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.get<ShiftPage>(path(opportunityId), { upcoming: false, limit: 100, cursor }, signal);
    shifts.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return shifts;
}

export function useAllShifts(opportunityId: string | undefined) {
  return useQuery({
    queryKey: staffVolunteeringKeys.shifts(opportunityId ?? ''),
    queryFn: ({ signal }) => getAllShifts(opportunityId!, signal),
    enabled: !!opportunityId,
  });
}

export interface AddShiftVariables {
  opportunityId: string;
  input: ShiftInput;
  idempotencyKey: string;
}

export function addShift({ opportunityId, input, idempotencyKey }: AddShiftVariables): Promise<ShiftView> {
  return api.post<ShiftView>(path(opportunityId), input, idempotencyKey);
}

export function useAddShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addShift,
    onSuccess: (_, { opportunityId }) => {
      void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.shifts(opportunityId) });
      void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.opportunity(opportunityId) });
    },
  });
}

export function getShift(shiftId: string, signal?: AbortSignal): Promise<ShiftView> {
  return api.get<ShiftView>(shiftPath(shiftId), undefined, signal);
}

/** One shift, with its version (for changing it). */
export function useShift(shiftId: string | undefined) {
  return useQuery({
    queryKey: staffVolunteeringKeys.shift(shiftId ?? ''),
    queryFn: ({ signal }) => getShift(shiftId!, signal),
    enabled: !!shiftId,
  });
}

export interface UpdateShiftVariables {
  shiftId: string;
  /** the version the person started editing; sent as If-Match */
  version: number;
  input: ShiftInput;
}

export function updateShift({ shiftId, version, input }: UpdateShiftVariables): Promise<ShiftView> {
  return api.put<ShiftView>(shiftPath(shiftId), input, version);
}

/** A changed shift moves its roster, the opportunity's shift list and next shift, and the public pages. */
export function useUpdateShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateShift,
    onSuccess: (shift) => {
      queryClient.setQueryData(staffVolunteeringKeys.shift(shift.id), shift);
      void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.rosters() });
      void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.shiftLists() });
      void queryClient.invalidateQueries({ queryKey: staffVolunteeringKeys.opportunity(shift.opportunityId) });
      void queryClient.invalidateQueries({ queryKey: volunteeringKeys.all, refetchType: 'none' });
    },
  });
}

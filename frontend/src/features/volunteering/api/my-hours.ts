// My hours and my private calendar address.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CalendarLink, HoursView } from '@/types';
import { volunteeringKeys } from './keys';

export function getMyHours(signal?: AbortSignal): Promise<HoursView> {
  return api.get<HoursView>('/api/v1/me/hours', undefined, signal);
}

export function useMyHours({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: volunteeringKeys.hours(), queryFn: ({ signal }) => getMyHours(signal), enabled });
}

export function getCalendarLink(signal?: AbortSignal): Promise<CalendarLink> {
  return api.get<CalendarLink>('/api/v1/me/calendar', undefined, signal);
}

export function useCalendarLink({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: volunteeringKeys.calendar(), queryFn: ({ signal }) => getCalendarLink(signal), enabled });
}

export function resetCalendarLink(): Promise<CalendarLink> {
  return api.post<CalendarLink>('/api/v1/me/calendar/reset', undefined);
}

export function useResetCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetCalendarLink,
    onSuccess: (link) => queryClient.setQueryData(volunteeringKeys.calendar(), link),
  });
}

// A service's value of an hour of citizens' time and the hours its staff spent supporting volunteers:
// anyone may read them; staff of the organisation that runs the service (or an admin) set the
// service's own hourly value (null goes back to the site's) and record or remove a month's hours.
// Each change answers with the whole view, and the service's records and the overview are refetched.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { HourlyValueInput, StaffHoursInput, TimeValueView } from '@/types';
import { dashboardKeys } from './keys';

const timeValueUrl = (idOrSlug: string) => `/api/v1/services/${encodeURIComponent(idOrSlug)}/time-value`;
const staffHoursUrl = (serviceId: string, month: string) =>
  `${timeValueUrl(serviceId)}/staff-hours/${encodeURIComponent(month)}`;

export function getTimeValue(idOrSlug: string, signal?: AbortSignal): Promise<TimeValueView> {
  return api.get<TimeValueView>(timeValueUrl(idOrSlug), undefined, signal);
}

export function useTimeValue(slug: string) {
  return useQuery({
    queryKey: dashboardKeys.timeValue(slug),
    queryFn: ({ signal }) => getTimeValue(slug, signal),
    enabled: slug !== '',
  });
}

/** The view as it is now under the service's slug; its records and every overview change with it. */
function useTimeValueSaved() {
  const queryClient = useQueryClient();
  return (view: TimeValueView) => {
    queryClient.setQueryData(dashboardKeys.timeValue(view.service.slug), view);
    void queryClient.invalidateQueries({ queryKey: dashboardKeys.serviceRecords(view.service.slug) });
    void queryClient.invalidateQueries({ queryKey: dashboardKeys.overviews() });
  };
}

export interface SetHourlyValueVariables {
  serviceId: string;
  /** pounds an hour, or null to use the site's value */
  hourlyValue: number | null;
}

export async function setHourlyValue({ serviceId, hourlyValue }: SetHourlyValueVariables): Promise<TimeValueView> {
  const body = { hourlyValue } as HourlyValueInput;
  return (await apiRequest<TimeValueView>(timeValueUrl(serviceId), { method: 'PUT', body })).data;
}

export function useSetHourlyValue() {
  const onSaved = useTimeValueSaved();
  return useMutation({ mutationFn: setHourlyValue, onSuccess: onSaved });
}

export interface RecordStaffHoursVariables {
  serviceId: string;
  /** "2026-10" */
  month: string;
  hours: number;
}

/** Records a month's staff support hours, replacing any the month had. */
export async function recordStaffHours({ serviceId, month, hours }: RecordStaffHoursVariables): Promise<TimeValueView> {
  const body: StaffHoursInput = { hours };
  return (await apiRequest<TimeValueView>(staffHoursUrl(serviceId, month), { method: 'PUT', body })).data;
}

export function useRecordStaffHours() {
  const onSaved = useTimeValueSaved();
  return useMutation({ mutationFn: recordStaffHours, onSuccess: onSaved });
}

export interface RemoveStaffHoursVariables {
  serviceId: string;
  month: string;
}

export async function removeStaffHours({ serviceId, month }: RemoveStaffHoursVariables): Promise<TimeValueView> {
  return (await apiRequest<TimeValueView>(staffHoursUrl(serviceId, month), { method: 'DELETE' })).data;
}

export function useRemoveStaffHours() {
  const onSaved = useTimeValueSaved();
  return useMutation({ mutationFn: removeStaffHours, onSuccess: onSaved });
}

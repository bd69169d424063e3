// The outcomes dashboard API: read-only figures, counted by the server.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MonitorList, OpenDataCatalogue, OverviewView, ServiceRecordView } from '@/types';
import type { Period } from '../period';
import { dashboardKeys } from './keys';

export function getServiceRecord(slug: string, period: Period, signal?: AbortSignal): Promise<ServiceRecordView> {
  return api.get<ServiceRecordView>(
    `/api/v1/services/${encodeURIComponent(slug)}/record`,
    { from: period.from, to: period.to },
    signal,
  );
}

/** What people did with a service in the period (the API's default period when from and to are empty). */
export function useServiceRecord(slug: string, period: Period) {
  return useQuery({
    queryKey: dashboardKeys.record(slug, period),
    queryFn: ({ signal }) => getServiceRecord(slug, period, signal),
    enabled: slug !== '',
  });
}

export function getOverview(period: Period, signal?: AbortSignal): Promise<OverviewView> {
  return api.get<OverviewView>('/api/v1/outcomes/overview', { from: period.from, to: period.to }, signal);
}

export function useOverview(period: Period) {
  return useQuery({
    queryKey: dashboardKeys.overview(period),
    queryFn: ({ signal }) => getOverview(period, signal),
  });
}

export function getMonitors(signal?: AbortSignal): Promise<MonitorList> {
  return api.get<MonitorList>('/api/v1/monitors', undefined, signal);
}

/** Staff only: ask only once we know the person is staff. */
export function useMonitors({ enabled }: { enabled: boolean }) {
  return useQuery({ queryKey: dashboardKeys.monitors(), queryFn: ({ signal }) => getMonitors(signal), enabled });
}

export function getOpenData(signal?: AbortSignal): Promise<OpenDataCatalogue> {
  return api.get<OpenDataCatalogue>('/api/v1/open-data', undefined, signal);
}

export function useOpenData() {
  return useQuery({ queryKey: dashboardKeys.openData(), queryFn: ({ signal }) => getOpenData(signal), staleTime: 60 * 60_000 });
}

/** Where a dataset downloads from: CSV by default, JSON on request. */
export function openDataUrl(name: string, format: 'csv' | 'json'): string {
  const path = `/api/v1/open-data/${encodeURIComponent(name)}`;
  return format === 'json' ? `${path}?format=json` : path;
}

// Report an idea, a comment or a review to the moderators. Reporting the same thing again changes nothing.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ReportInput } from '@/types';

export const REPORT_REASON_MAX = 500;

/** The API's targetType values (lower case, as in ReportInput's pattern). */
export type ReportTarget = 'idea' | 'comment' | 'review';

export interface SendReportVariables extends ReportInput {
  targetType: ReportTarget;
}

export async function sendReport(input: SendReportVariables): Promise<void> {
  await apiRequest<void>('/api/v1/reports', { method: 'POST', body: input });
}

export function useSendReport() {
  return useMutation({ mutationFn: sendReport });
}

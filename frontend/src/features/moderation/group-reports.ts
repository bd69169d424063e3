// The queue lists one report per person; moderators decide per idea, comment or review, so the reports
// on the same thing are gathered into one item, in order of its first report.
import type { ReportView } from '@/types';
import type { ModerationTargetType } from './api/decide';

export interface ReportedContent {
  key: string;
  targetType: ModerationTargetType;
  targetId: string;
  /** where it is in the portal (a portal path from the API) */
  link: string;
  excerpt: string;
  hidden: boolean;
  /** oldest first */
  reports: ReportView[];
}

export function isModerationTarget(type: string): type is ModerationTargetType {
  return type === 'idea' || type === 'comment' || type === 'review';
}

export function groupReports(reports: ReportView[]): ReportedContent[] {
  const groups = new Map<string, ReportedContent>();
  for (const report of reports) {
    if (!isModerationTarget(report.targetType)) continue;
    const key = `${report.targetType}:${report.targetId}`;
    const group = groups.get(key);
    if (group) {
      group.reports.push(report);
    } else {
      groups.set(key, {
        key,
        targetType: report.targetType,
        targetId: report.targetId,
        link: report.link,
        excerpt: report.excerpt,
        hidden: report.hidden,
        reports: [report],
      });
    }
  }
  return [...groups.values()];
}

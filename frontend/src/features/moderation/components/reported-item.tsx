// One reported idea, comment or review: what it says, who reported it and why, and the decision form.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '@/lib/format';
import type { ReportedContent } from '../group-reports';
import { DecisionForm, type DecisionError, type DecisionOutcome } from './decision-form';

/** A path inside the portal (never another site, never a script), or null. */
function portalPath(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/** The id of its heading: "Show more" moves focus there. */
export function reportedHeadingId(content: ReportedContent) {
  return `reported-${content.targetType}-${content.targetId}`;
}

interface ReportedItemProps {
  content: ReportedContent;
  reasonError?: string;
  onError: (content: ReportedContent, error: DecisionError) => void;
  onDecided: (content: ReportedContent, outcome: DecisionOutcome) => void;
}

export function ReportedItem({ content, reasonError, onError, onDecided }: ReportedItemProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = reportedHeadingId(content);
  const first = content.reports[0];
  const link = portalPath(content.link);
  return (
    <li className="app-card">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={headingId} tabIndex={-1}>
        {t(`moderation.reported.${content.targetType}`)}
      </h2>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        {content.hidden ? (
          <>
            <strong className="govuk-tag govuk-tag--grey">{t('moderation.hiddenTag')}</strong>{' '}
          </>
        ) : null}
        {t('moderation.reportedBy', { count: content.reports.length })}
        {first ? <> · {t('moderation.firstReported', { date: formatDate(first.createdAt) })}</> : null}
      </p>
      <blockquote className="govuk-inset-text govuk-!-margin-top-2 app-break-word app-excerpt">
        <span className="govuk-visually-hidden">{t('moderation.excerptLabel')} </span>
        {content.excerpt}
      </blockquote>
      {link ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={link}>
            {t(`moderation.open.${content.targetType}`)}
          </Link>
        </p>
      ) : null}
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t('moderation.reasonsHeading')}</h3>
      <ul className="govuk-list govuk-list--bullet">
        {content.reports.map((report) => (
          <li key={report.id} className="app-break-word">
            {report.reason} <span className="app-secondary-text">({formatDate(report.createdAt)})</span>
          </li>
        ))}
      </ul>
      <DecisionForm content={content} reasonError={reasonError} onError={onError} onDecided={onDecided} />
    </li>
  );
}

// "What has happened": every status move of the idea, oldest first, with the public answers.
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';
import { paragraphs, useFormatDate } from '@/lib/format';
import type { TimelineEntry } from '@/types';
import { useTimeline } from '../api/get-idea';

function EntryHeading({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  if (!entry.to || (!entry.from && entry.to === 'SUBMITTED')) return <>{t('timeline.proposed')}</>;
  return <>{t(`timeline.to.${entry.to}`)}</>;
}

export function IdeaTimeline({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const timeline = useTimeline(ideaId);
  const items = timeline.data?.items ?? [];

  return (
    <section aria-labelledby="timeline-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="timeline-heading">
        {t('timeline.heading')}
      </h2>
      {timeline.isPending || timeline.isError ? (
        <StatusMessage>
          <p className={timeline.isError ? 'govuk-error-message' : 'govuk-body'}>
            {timeline.isError ? t('timeline.error') : t('timeline.loading')}
          </p>
        </StatusMessage>
      ) : null}
      {timeline.data && items.length === 0 ? <p className="govuk-body">{t('timeline.empty')}</p> : null}
      {items.length > 0 ? (
        <ol className="app-timeline">
          {items.map((entry, index) => (
            <li key={`${entry.at ?? ''}-${index}`} className="app-timeline__item">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <EntryHeading entry={entry} />
              </h3>
              {entry.at ? (
                <p className="govuk-body-s app-timeline__date">
                  <time dateTime={entry.at}>{formatDate(entry.at)}</time>
                  {entry.answeredBy ? ` – ${t('timeline.by', { name: entry.answeredBy })}` : null}
                </p>
              ) : null}
              {paragraphs(entry.answer).map((paragraph, i) => (
                <p key={i} className="govuk-body app-break-word">
                  {paragraph}
                </p>
              ))}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

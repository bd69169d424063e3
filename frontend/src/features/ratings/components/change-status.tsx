// A promised change's status and the reviewer's answer, in words: shared by the review's
// "We are making a change" box, "You said, we did" and the change's own page.
import { useTranslation } from 'react-i18next';
import { paragraphs, useFormatDate } from '@/lib/format';
import type { ChangeView } from '@/types';

export function ChangeStatusText({ change }: { change: ChangeView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (change.status === 'DONE') {
    return (
      <>
        <strong className="govuk-tag govuk-tag--green">{t('ratings.change.statuses.DONE')}</strong>{' '}
        {change.doneAt ? t('ratings.change.doneOn', { date: formatDate(change.doneAt) }) : null}
      </>
    );
  }
  return (
    <>
      <strong className="govuk-tag govuk-tag--blue">{t('ratings.change.statuses.COMMITTED')}</strong>{' '}
      {t('ratings.change.plannedBy', { date: formatDate(change.expectedBy) })}
    </>
  );
}

/** "Yes", "Partly" or "No" with their comment, or why there is no answer yet. */
export function ReviewerAnswer({ change }: { change: ChangeView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const confirmation = change.confirmation;
  if (!confirmation?.answer) {
    return (
      <p className="govuk-body govuk-!-margin-bottom-0">
        {change.askedAt ? t('ratings.change.notAnswered') : t('ratings.change.notAskedYet')}
      </p>
    );
  }
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{t(`ratings.change.answers.${confirmation.answer}`)}</strong>
        {confirmation.answeredAt ? (
          <span className="app-secondary-text">
            {' '}
            {t('ratings.change.answeredOn', { date: formatDate(confirmation.answeredAt) })}
          </span>
        ) : null}
      </p>
      {paragraphs(confirmation.comment).map((paragraph, index) => (
        <p key={index} className="govuk-body govuk-!-margin-bottom-1 app-break-word">
          {paragraph}
        </p>
      ))}
    </>
  );
}

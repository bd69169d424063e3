// The change a reply committed to, read-only: its status, what will change and by when, and (once the
// reviewer was asked) their answer.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '@/lib/format';
import type { ChangeView } from '@/types';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-break-word">{children}</dd>
    </div>
  );
}

export function ChangeStatusTag({ change }: { change: ChangeView }) {
  const { t } = useTranslation();
  return change.status === 'DONE' ? (
    <strong className="govuk-tag govuk-tag--green">{t('ratingsStaff.change.status.DONE')}</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--blue">{t('ratingsStaff.change.status.COMMITTED')}</strong>
  );
}

/** With `full`, what and when too (for a change that can no longer be edited). */
export function ChangeSummary({ change, full }: { change: ChangeView; full: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const answer = change.confirmation?.answer;
  return (
    <dl className="govuk-summary-list">
      <Row label={t('ratingsStaff.change.statusLabel')}>
        <ChangeStatusTag change={change} />
        {change.status === 'DONE' && change.doneAt ? (
          <> {t('ratingsStaff.change.doneOn', { date: formatDate(change.doneAt) })}</>
        ) : null}
      </Row>
      <Row label={t('ratingsStaff.change.committedOn')}>{formatDate(change.committedAt)}</Row>
      {full ? (
        <>
          <Row label={t('ratingsStaff.change.what')}>{change.what}</Row>
          <Row label={t('ratingsStaff.change.expectedBy')}>{formatDate(change.expectedBy)}</Row>
        </>
      ) : null}
      {change.status === 'DONE' ? (
        <Row label={t('ratingsStaff.change.answer')}>
          {answer ? (
            <>
              <p className="govuk-body govuk-!-margin-bottom-1">{t(`ratingsStaff.change.answers.${answer}`)}</p>
              {change.confirmation?.comment ? <p className="govuk-body">{change.confirmation.comment}</p> : null}
            </>
          ) : change.askedAt ? (
            t('ratingsStaff.change.askedOn', { date: formatDate(change.askedAt) })
          ) : (
            t('ratingsStaff.change.notAsked')
          )}
        </Row>
      ) : null}
    </dl>
  );
}

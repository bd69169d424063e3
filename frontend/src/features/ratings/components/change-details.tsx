// "You said, we did" for one change: the review (you said), the reply (we said), what is changing
// and by when, where it stands, and what the reviewer told us about it.
import { useTranslation } from 'react-i18next';
import { paragraphs, useFormatDate } from '@/lib/format';
import type { ChangeView } from '@/types';
import { ChangeStatusText, ReviewerAnswer } from './change-status';
import { useScoreText } from './score-text';

function Paragraphs({ text }: { text: string | null | undefined }) {
  return (
    <>
      {paragraphs(text).map((paragraph, index) => (
        <p key={index} className="govuk-body govuk-!-margin-bottom-1 app-break-word">
          {paragraph}
        </p>
      ))}
    </>
  );
}

export function ChangeDetails({ change }: { change: ChangeView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const scoreText = useScoreText();
  return (
    <dl className="govuk-summary-list app-change-details">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('ratings.change.youSaid')}</dt>
        <dd className="govuk-summary-list__value">
          {change.overall ? (
            <p className="govuk-body govuk-!-margin-bottom-1 govuk-!-font-weight-bold">{scoreText(change.overall)}</p>
          ) : null}
          {change.review ? (
            <Paragraphs text={change.review} />
          ) : (
            <p className="govuk-body govuk-!-margin-bottom-1 app-secondary-text">{t('ratings.change.reviewHidden')}</p>
          )}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('ratings.change.weSaid')}</dt>
        <dd className="govuk-summary-list__value">
          <Paragraphs text={change.reply} />
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('ratings.change.weAreChanging')}</dt>
        <dd className="govuk-summary-list__value">
          <p className="govuk-body govuk-!-margin-bottom-1 app-break-word">{change.what}</p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            {t('ratings.change.expectedByText', { date: formatDate(change.expectedBy) })}
          </p>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('ratings.change.status')}</dt>
        <dd className="govuk-summary-list__value">
          <ChangeStatusText change={change} />
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('ratings.change.reviewerSaid')}</dt>
        <dd className="govuk-summary-list__value">
          <ReviewerAnswer change={change} />
        </dd>
      </div>
    </dl>
  );
}

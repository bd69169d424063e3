// The public record of a challenge: its state, dates, budget and brief.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paragraphs, useFormatDate } from '@/lib/format';
import type { ChallengeView } from '@/types';
import { ChallengeStateTag } from './challenge-state-tag';

export function ChallengeDetails({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('challenge.state')}</dt>
          <dd className="govuk-summary-list__value">
            <ChallengeStateTag state={challenge.state} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('challenge.service')}</dt>
          <dd className="govuk-summary-list__value app-break-word">
            <Link className="govuk-link" to={`/services/${encodeURIComponent(challenge.service.slug)}`}>
              {challenge.service.name}
            </Link>
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('challenge.opens')}</dt>
          <dd className="govuk-summary-list__value">{formatDate(challenge.opensOn)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('challenge.closes')}</dt>
          <dd className="govuk-summary-list__value">{formatDate(challenge.closesOn)}</dd>
        </div>
        {challenge.budgetHint ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('challenge.budget')}</dt>
            <dd className="govuk-summary-list__value app-break-word">{challenge.budgetHint}</dd>
          </div>
        ) : null}
      </dl>
      <h2 className="govuk-heading-m">{t('challenge.brief')}</h2>
      <div className="app-description">
        {paragraphs(challenge.brief).map((paragraph, index) => (
          <p key={index} className="govuk-body">
            {paragraph}
          </p>
        ))}
      </div>
    </>
  );
}

// The open challenges a service puts to the public, for its service page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '@/components/status-message';
import { useFormatDate } from '@/lib/format';
import { useChallenges } from '../api/get-challenges';

export function OpenChallenges({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const challenges = useChallenges({ service: serviceId, state: 'OPEN' });
  const items = challenges.data?.items ?? [];

  return (
    <section aria-labelledby="open-challenges-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="open-challenges-heading">
        {t('challenge.openHeading')}
      </h2>
      {challenges.isPending || challenges.isError ? (
        <StatusMessage>
          <p className={challenges.isError ? 'govuk-error-message' : 'govuk-body'}>
            {challenges.isError ? t('challenge.listError') : t('challenge.listLoading')}
          </p>
        </StatusMessage>
      ) : null}
      {challenges.data && items.length === 0 ? <p className="govuk-body">{t('challenge.noneOpen')}</p> : null}
      {items.length > 0 ? (
        <>
          <p className="govuk-body">{t('challenge.openIntro')}</p>
          <ul className="govuk-list govuk-list--spaced">
            {items.map((challenge) => (
              <li key={challenge.id} className="app-break-word">
                <Link className="govuk-link govuk-!-font-weight-bold" to={`/challenges/${encodeURIComponent(challenge.id)}`}>
                  {challenge.title}
                </Link>
                <br />
                <span className="govuk-body-s">{t('challenge.closesOn', { date: formatDate(challenge.closesOn) })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

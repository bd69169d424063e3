// My hours: on shifts (approved, and waiting for approval) and in everyday help recorded apart from shifts.
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';
import type { HoursView } from '@/types';
import { localeOf } from '../time';

export function HoursSummary({ hours }: { hours: HoursView }) {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(localeOf(i18n.resolvedLanguage ?? i18n.language), { maximumFractionDigits: 2 });
  const inHours = (value: number) => t('volunteering.hours', { count: value, hours: numbers.format(value) });

  const shifts =
    hours.pendingHours > 0
      ? t('volunteering.hoursSummary.shiftsWithPending', {
          approved: inHours(hours.approvedHours),
          pending: inHours(hours.pendingHours),
        })
      : t('volunteering.hoursSummary.shifts', { approved: inHours(hours.approvedHours) });

  return (
    <>
      <StatusMessage>
        <p className="govuk-body-l">{shifts}</p>
      </StatusMessage>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('volunteering.hoursSummary.shiftsAttended')}</dt>
          <dd className="govuk-summary-list__value">{numbers.format(hours.shiftsAttended)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('volunteering.hoursSummary.contributions')}</dt>
          <dd className="govuk-summary-list__value">
            {hours.contributions === 0
              ? t('volunteering.hoursSummary.noContributions')
              : hours.contributionHours > 0
                ? t('volunteering.hoursSummary.contributionCountWithHours', {
                    count: hours.contributions,
                    hours: inHours(hours.contributionHours),
                  })
                : t('volunteering.hoursSummary.contributionCount', { count: hours.contributions })}
          </dd>
        </div>
      </dl>
    </>
  );
}

// "From 1 November 2025 to 31 October 2026" and "Counted at 3 December 2026 at 09:30".
import { useTranslation } from 'react-i18next';
import { useDashboardFormat } from '../format';

export function PeriodLine({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  return (
    <p className="govuk-body govuk-!-font-weight-bold">
      {t('dashboard.periodLine', { from: format.date(from), to: format.date(to) })}
    </p>
  );
}

export function CountedAt({ at }: { at: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  return (
    <p className="govuk-body-s app-secondary-text">
      {t('dashboard.countedAt', { time: format.dateTime(at) })}
    </p>
  );
}

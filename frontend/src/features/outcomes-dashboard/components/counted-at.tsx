// "From 1 November 2025 to 31 October 2026", "Counted at 3 December 2026, 09:30" and, where the
// activity figures are rebuilt in the background, when they last were.
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

/** "Figures last refreshed at 10:42 on 29 November 2026…", or that they have not been counted yet (null). */
export function RefreshedAt({ at }: { at: string | null | undefined }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const moment = format.moment(at);
  return (
    <p className="govuk-body-s app-secondary-text">
      {moment ? t('dashboard.refreshedAt', moment) : t('dashboard.notRefreshed')}
    </p>
  );
}

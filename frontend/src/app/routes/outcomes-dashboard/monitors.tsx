// /monitors (staff): warning signs for each of their organisations' services (every service for an
// admin): who carries co-production, volunteers carrying too much, voice left unanswered.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useMonitors } from '@/features/outcomes-dashboard/api/dashboard';
import { MonitorCard } from '@/features/outcomes-dashboard/components/monitor-card';
import { isAdmin, isStaff, useMe } from '@/lib/auth';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';

export function MonitorsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const staff = isStaff(me.data);
  const monitors = useMonitors({ enabled: staff });
  useDocumentTitle(t('dashboard.monitors.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) {
    return <SignInNotice title={t('dashboard.monitors.signInTitle')} body={t('dashboard.monitors.signInBody')} />;
  }
  if (!staff) {
    return <NotAllowedNotice title={t('dashboard.monitors.notStaffTitle')} body={t('dashboard.monitors.notStaffBody')} />;
  }

  const items = monitors.data?.items ?? [];
  let status = '';
  if (monitors.isPending) status = t('dashboard.monitors.loading');
  else if (monitors.isError) status = t('dashboard.monitors.error');
  else if (items.length === 0) status = t('dashboard.monitors.empty');
  else status = t('dashboard.monitors.showing', { count: items.length });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('dashboard.monitors.title')}</PageHeading>
        <p className="govuk-body">{t('dashboard.monitors.intro')}</p>
        {isAdmin(me.data) ? <p className="govuk-body">{t('dashboard.monitors.adminIntro')}</p> : null}
        <StatusMessage>
          <p className={monitors.isError ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
        </StatusMessage>
        {items.length > 0 ? (
          <ul className="app-card-list">
            {items.map((monitor) => (
              <MonitorCard key={monitor.service.id} monitor={monitor} />
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

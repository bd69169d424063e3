import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NotificationBannerProps {
  kind?: 'success' | 'important';
  heading: ReactNode;
  children?: ReactNode;
}

/** GOV.UK notification banner; success banners are announced as alerts. */
export function NotificationBanner({ kind = 'important', heading, children }: NotificationBannerProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const success = kind === 'success';
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? t('app.success') : t('app.important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}

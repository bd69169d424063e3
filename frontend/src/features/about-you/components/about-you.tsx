// The About you page's content once the person is known: the form, a success banner after saving
// or withdrawing (focused, so it is heard), and "Withdraw everything" while anything is declared.
// After a withdrawal the form starts again from the now empty profile.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { StatusMessage } from '@/components/status-message';
import { hasDeclared, useProfile } from '../api/get-profile';
import { AboutYouForm } from './about-you-form';
import { WithdrawDeclarations } from './withdraw-declarations';

type Banner = { kind: 'saved' | 'withdrawn'; id: number };

export function AboutYou() {
  const { t } = useTranslation();
  const profile = useProfile();
  const [banner, setBanner] = useState<Banner | null>(null);
  const [withdrawals, setWithdrawals] = useState(0);
  // a new banner each time, so it takes focus again after a second save
  const banners = useRef(0);
  const show = (kind: Banner['kind']) => setBanner({ kind, id: ++banners.current });

  if (profile.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('aboutYou.loading')}</p>
      </StatusMessage>
    );
  }
  if (profile.isError) {
    return (
      <StatusMessage>
        <p className="govuk-error-message">{t('aboutYou.loadError')}</p>
      </StatusMessage>
    );
  }

  return (
    <>
      {banner ? (
        <FocusOnMount key={`banner-${banner.id}`}>
          {banner.kind === 'saved' ? (
            <NotificationBanner kind="success" heading={t('aboutYou.saved')}>
              <p className="govuk-body">{t('aboutYou.savedBody')}</p>
            </NotificationBanner>
          ) : (
            <NotificationBanner kind="success" heading={t('aboutYou.withdrawn')}>
              <p className="govuk-body">{t('aboutYou.withdrawnBody')}</p>
            </NotificationBanner>
          )}
        </FocusOnMount>
      ) : null}
      <AboutYouForm
        key={`form-${withdrawals}`}
        profile={profile.data}
        onSubmit={() => setBanner(null)}
        onSaved={() => show('saved')}
      />
      {hasDeclared(profile.data) ? (
        <WithdrawDeclarations
          onWithdrawn={() => {
            setWithdrawals((n) => n + 1);
            show('withdrawn');
          }}
        />
      ) : null}
    </>
  );
}

// "Name and language": the form, and after each save a success banner that takes focus (so it is
// heard) and says what changed. The form starts again from what was saved.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import type { AccountView } from '@/types';
import { AccountDetailsForm } from './account-details-form';

export function AccountDetails({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<{ account: AccountView; id: number } | null>(null);
  // a new banner (and form) each time, so focus moves to it again after a second save
  const saves = useRef(0);

  return (
    <section aria-labelledby="account-details-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="account-details-heading">
        {t('account.details.heading')}
      </h2>
      {saved ? (
        <FocusOnMount key={`saved-${saved.id}`}>
          <NotificationBanner kind="success" heading={t('account.details.saved')}>
            <p className="govuk-body app-break-word">
              {t('account.details.savedName', { name: saved.account.displayName })}
            </p>
          </NotificationBanner>
        </FocusOnMount>
      ) : null}
      <AccountDetailsForm
        key={`form-${saved?.id ?? 0}`}
        account={saved?.account ?? account}
        onSubmit={() => setSaved(null)}
        onSaved={(account) => setSaved({ account, id: ++saves.current })}
      />
    </section>
  );
}

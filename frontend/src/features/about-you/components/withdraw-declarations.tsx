// "Withdraw everything": deletes the person's area and every answer, after they confirm in place.
// Focus moves to the question when it appears, and back to the button on Cancel.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '@/types';
import { useWithdrawDeclarations } from '../api/withdraw-declarations';

export function WithdrawDeclarations({ onWithdrawn }: { onWithdrawn: (profile: ProfileView) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const withdraw = useWithdrawDeclarations();

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) openButtonRef.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby="withdraw-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="withdraw-heading">
        {t('aboutYou.withdraw.heading')}
      </h2>
      <p className="govuk-body">{t('aboutYou.withdraw.intro')}</p>
      {confirming ? (
        <div className="app-confirm">
          <h3 className="govuk-heading-s" tabIndex={-1} ref={questionRef}>
            {t('aboutYou.withdraw.confirmHeading')}
          </h3>
          {withdraw.isError ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {t('aboutYou.withdraw.failed')}
            </p>
          ) : null}
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              aria-disabled={withdraw.isPending ? true : undefined}
              onClick={async () => {
                if (withdraw.isPending) return;
                try {
                  onWithdrawn(await withdraw.mutateAsync());
                } catch {
                  // said above the buttons
                }
              }}
            >
              {t('aboutYou.withdraw.confirm')}
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                returnFocus.current = true;
                withdraw.reset();
                setConfirming(false);
              }}
            >
              {t('aboutYou.withdraw.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={openButtonRef}
          type="button"
          className="govuk-button govuk-button--warning"
          onClick={() => setConfirming(true)}
        >
          {t('aboutYou.withdraw.button')}
        </button>
      )}
    </section>
  );
}

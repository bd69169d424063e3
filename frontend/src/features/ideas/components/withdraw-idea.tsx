// "Withdraw this idea" for its author while it waits for review, with a confirmation step.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { IdeaView } from '@/types';
import { useChangeStatus } from '../api/change-status';

export function WithdrawIdea({ idea, onWithdrawn }: { idea: IdeaView; onWithdrawn: (idea: IdeaView) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const change = useChangeStatus();

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (returnFocus.current) openButtonRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={openButtonRef}
        type="button"
        className="govuk-button govuk-button--warning"
        onClick={() => setConfirming(true)}
      >
        {t('withdraw.button')}
      </button>
    );
  }

  return (
    <div className="app-confirm">
      <h3 className="govuk-heading-m" tabIndex={-1} ref={headingRef}>
        {t('withdraw.confirmHeading')}
      </h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('app.warning')}</span>
          {t('withdraw.confirmWarning')}
        </strong>
      </div>
      {change.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span>{' '}
          {isApiError(change.error) && change.error.status === 409 ? t('withdraw.tooLate') : t('withdraw.failed')}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={change.isPending ? true : undefined}
          onClick={() => {
            if (change.isPending) return;
            change.mutate({ id: idea.id, change: { status: 'WITHDRAWN' } }, { onSuccess: onWithdrawn });
          }}
        >
          {t('withdraw.confirm')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            returnFocus.current = true;
            change.reset();
            setConfirming(false);
          }}
        >
          {t('withdraw.cancel')}
        </button>
      </div>
    </div>
  );
}

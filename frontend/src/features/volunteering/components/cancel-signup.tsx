// "Cancel" (or "Leave the waiting list") with a confirmation step. After the cancellation deadline
// the API refuses with its own explanation, which is shown as it comes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { SignupView } from '@/types';
import { useCancelSignup } from '../api/signups';

interface CancelSignupProps {
  signup: SignupView;
  /** the shift's time in words, so each button says which shift it cancels */
  when: string;
  /** called with the sign-up as it was before cancelling (confirmed or waiting) */
  onCancelled: (signup: SignupView) => void;
}

export function CancelSignup({ signup, when, onCancelled }: CancelSignupProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const cancel = useCancelSignup();
  const waiting = signup.status === 'WAITLISTED';
  const keys = waiting ? 'volunteering.leaveWaitlist' : 'volunteering.cancel';

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (returnFocus.current) openButtonRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={openButtonRef}
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        onClick={() => setConfirming(true)}
      >
        {t(`${keys}.button`)}
        <span className="govuk-visually-hidden"> {t(`${keys}.buttonContext`, { when })}</span>
      </button>
    );
  }

  let error: string | null = null;
  if (cancel.isError) {
    const problem = cancel.error;
    if (isApiError(problem) && problem.status === 409) error = problem.detail || t('volunteering.cancel.tooLate');
    else if (isApiError(problem) && problem.status === 0) error = t('volunteering.errors.network');
    else error = t('volunteering.cancel.failed');
  }

  return (
    <div className="app-confirm govuk-!-margin-bottom-0">
      <h4 className="govuk-heading-s" tabIndex={-1} ref={headingRef}>
        {t(`${keys}.confirmHeading`, { when })}
      </h4>
      <p className="govuk-body">{t(`${keys}.confirmBody`)}</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {error}
        </p>
      ) : null}
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={cancel.isPending ? true : undefined}
          onClick={() => {
            if (cancel.isPending) return;
            cancel.mutate(signup.id, { onSuccess: () => onCancelled(signup) });
          }}
        >
          {t(`${keys}.confirm`)}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            returnFocus.current = true;
            cancel.reset();
            setConfirming(false);
          }}
        >
          {t(`${keys}.keep`)}
        </button>
      </div>
    </div>
  );
}

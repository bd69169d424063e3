// The confirmation step: nothing is erased until the person ticks that they understand and presses
// "Erase my account". Then the cache is emptied and the browser loads the home page afresh: the
// server has ended the session, so the portal shows the person signed out.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { isApiError } from '@/lib/api-client';
import { useEraseAccount } from '../api/erase-account';

const CONFIRM_ID = 'erase-confirm';

/**
 * Where the browser goes once the account is gone: signing out clears the session cookie and ends
 * the identity provider's session, so the next visit does not sign the person straight back in.
 */
export const AFTER_ERASURE_URL = '/auth/sign-out';

function refusalKey(error: unknown): string {
  if (!isApiError(error)) return 'account.erase.errors.generic';
  if (error.status === 0) return 'form.errors.network';
  if (error.status === 401) return 'account.erase.errors.signedOut';
  return 'account.erase.errors.generic';
}

export function EraseAccountForm({ cancelTo }: { cancelTo: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const erase = useEraseAccount();
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<{ key: string; field: boolean } | null>(null);
  const [attempt, setAttempt] = useState(0);

  function fail(key: string, field: boolean) {
    setError({ key, field });
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (erase.isPending) return;
    if (!confirmed) return fail('account.erase.errors.confirm', true);
    try {
      await erase.mutateAsync();
    } catch (refused) {
      return fail(refusalKey(refused), false);
    }
    queryClient.clear();
    window.location.assign(AFTER_ERASURE_URL);
  }

  const fieldError = error?.field ? t(error.key) : undefined;
  const summary = error ? [{ fieldId: error.field ? CONFIRM_ID : undefined, message: t(error.key) }] : [];

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        <div className={`govuk-form-group${fieldError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={fieldError ? `${CONFIRM_ID}-error` : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('account.erase.confirmLegend')}</legend>
            {fieldError ? (
              <p id={`${CONFIRM_ID}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {fieldError}
              </p>
            ) : null}
            <div className="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={CONFIRM_ID}
                  name="confirm"
                  type="checkbox"
                  checked={confirmed}
                  onChange={(event) => setConfirmed(event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={CONFIRM_ID}>
                  {t('account.erase.confirmLabel')}
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        <div className="govuk-button-group">
          <button
            type="submit"
            className="govuk-button govuk-button--warning"
            aria-disabled={erase.isPending ? true : undefined}
          >
            {t('account.erase.submit')}
          </button>
          <Link className="govuk-link" to={cancelTo}>
            {t('account.erase.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

// How often we email someone about new notifications, as GOV.UK radios. Saving says what
// will happen from now on, in a success banner that takes focus.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/error-summary';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { StatusMessage } from '@/components/status-message';
import { isApiError } from '@/lib/api-client';
import type { EmailFrequency } from '@/types';
import { EMAIL_FREQUENCIES, useNotificationSettings, useSaveNotificationSettings } from '../api/notification-settings';

const radioId = (frequency: EmailFrequency) => `email-frequency-${frequency}`;

function saveErrorKey(error: unknown): string {
  if (!isApiError(error)) return 'notifications.email.errors.generic';
  if (error.status === 0) return 'form.errors.network';
  if (error.status === 401) return 'notifications.email.errors.signedOut';
  if (error.status === 400) return 'notifications.email.errors.choose';
  return 'notifications.email.errors.generic';
}

export function EmailSettingsForm({ email }: { email?: string }) {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const [choice, setChoice] = useState<EmailFrequency | ''>('');
  const [saved, setSaved] = useState<EmailFrequency | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  // start from what is saved, once it arrives (and never overwrite a choice being made)
  const current = settings.data?.emailFrequency;
  useEffect(() => {
    if (current) setChoice((chosen) => chosen || current);
  }, [current]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    if (!choice) {
      setErrorKey('notifications.email.errors.choose');
      setAttempt((n) => n + 1);
      return;
    }
    try {
      const result = await save.mutateAsync({ emailFrequency: choice });
      setErrorKey(null);
      setSaved(result?.emailFrequency ?? choice);
    } catch (error) {
      setErrorKey(saveErrorKey(error));
      setAttempt((n) => n + 1);
    }
  }

  if (settings.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('notifications.email.loading')}</p>
      </StatusMessage>
    );
  }
  if (settings.isError) {
    return (
      <StatusMessage>
        <p className="govuk-error-message">{t('notifications.email.loadError')}</p>
      </StatusMessage>
    );
  }

  const fieldError = errorKey === 'notifications.email.errors.choose' ? t(errorKey) : undefined;
  const summary = errorKey
    ? [{ fieldId: fieldError ? radioId(EMAIL_FREQUENCIES[0]) : undefined, message: t(errorKey) }]
    : [];

  return (
    <>
      {saved ? (
        <FocusOnMount>
          <NotificationBanner kind="success" heading={t('notifications.email.saved')}>
            <p className="govuk-body">{t(`notifications.email.savedBody.${saved}`)}</p>
          </NotificationBanner>
        </FocusOnMount>
      ) : null}
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        <div className={`govuk-form-group${fieldError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['email-frequency-hint', fieldError ? 'email-frequency-error' : ''].join(' ').trim()}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('notifications.email.legend')}</legend>
            <div id="email-frequency-hint" className="govuk-hint app-break-word">
              {email ? t('notifications.email.hintWithAddress', { email }) : t('notifications.email.hint')}
            </div>
            {fieldError ? (
              <p id="email-frequency-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {fieldError}
              </p>
            ) : null}
            <div className="govuk-radios">
              {EMAIL_FREQUENCIES.map((frequency) => (
                <div className="govuk-radios__item" key={frequency}>
                  <input
                    className="govuk-radios__input"
                    id={radioId(frequency)}
                    name="emailFrequency"
                    type="radio"
                    value={frequency}
                    checked={choice === frequency}
                    onChange={() => setChoice(frequency)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={radioId(frequency)}>
                    {t(`notifications.email.choices.${frequency}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="govuk-button" aria-disabled={save.isPending ? true : undefined}>
          {t('notifications.email.save')}
        </button>
      </form>
    </>
  );
}
